package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.data.NewerDataFileException;
import app.rune.model.Collection;
import app.rune.model.DailyProgress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.collection.NitriteCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data files carry the version of their layout. {@code store/schema-1.db} was written by Rune before versions
 * were recorded (the seed's example imported): the first schema, which every later Rune must still open.
 */
class SchemaVersionTest {
    @TempDir
    Path temp;

    private DataFolder folder;

    @BeforeEach
    void placeTheFirstSchemasFile() throws Exception {
        folder = DataFolder.open(temp.resolve("data"));
        try (InputStream in = SchemaVersionTest.class.getResourceAsStream("/store/schema-1.db")) {
            Files.copy(in, folder.databaseFile());
        }
    }

    @Test
    void aFileFromTheFirstSchemaOpensWithItsDataAndIsBroughtUpToDate() throws Exception {
        try (Store store = Store.open(folder, TestData.json())) {
            assertThat(store.readAll()).isEqualTo(TestData.seed());
            assertThat(store.schemaVersion()).isEqualTo(Schema.RUNE.current());
            // Schema 2: days are found through their day key, which the step added to every stored day.
            for (DailyProgress day : TestData.seed().dailyProgress()) {
                assertThat(store.dailyProgress().findByUserAndDate(day.userId(), day.date())).contains(day);
                assertThat(store.dailyProgress().findByUser(day.userId())).contains(day);
            }
        }
        try (Store again = Store.open(folder, TestData.json())) {
            assertThat(again.schemaVersion()).isEqualTo(Schema.RUNE.current());
            assertThat(again.readAll()).isEqualTo(TestData.seed());
        }
        try (Stream<Path> files = Files.list(folder.backupsFolder())) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).startsWith("rune.db.schema-1-"));
        }
    }

    @Test
    void aNewFileRecordsTheCurrentVersion() throws Exception {
        DataFolder fresh = DataFolder.open(temp.resolve("fresh"));
        try (Store store = Store.open(fresh, TestData.json())) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.RUNE.current());
        }
    }

    @Test
    void anOlderFileIsCopiedAsItWasAndThenMigratedStepByStep() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        Schema next = Schema.RUNE.then(new Schema.Step(Schema.RUNE.current(), "moods in capitals", database -> {
            ran.incrementAndGet();
            NitriteCollection days = database.collection(Collection.DAILY_PROGRESS);
            for (Document day : days.find().toList()) {
                day.put("mood_after_tasks", day.get("mood_after_tasks", String.class).toUpperCase());
                days.update(day);
            }
        }));

        try (Store store = Store.open(folder, TestData.json(), next, false)) {
            assertThat(store.schemaVersion()).isEqualTo(next.current());
            DailyProgress day = store.readAll().dailyProgress().get(0);
            assertThat(day.moodAfterTasks()).isEqualTo("MOTIVATED");
            assertThat(store.readAll().userGoals()).isEqualTo(TestData.seed().userGoals());
        }
        assertThat(ran).hasValue(1);
        List<Path> copies;
        try (Stream<Path> files = Files.list(folder.backupsFolder())) {
            copies = files.toList();
        }
        assertThat(copies).singleElement().satisfies(copy ->
                assertThat(copy.getFileName().toString()).startsWith("rune.db.schema-1-"));
        // The copy is the file before any step ran: the first schema, with every document as it was.
        DataFolder copyFolder = DataFolder.open(temp.resolve("copy"));
        Files.copy(copies.get(0), copyFolder.databaseFile());
        try (Store copy = Store.open(copyFolder, TestData.json(), new Schema(1, List.of()), false)) {
            assertThat(copy.schemaVersion()).isEqualTo(1);
            assertThat(copy.readAll()).isEqualTo(TestData.seed());
        }

        try (Store again = Store.open(folder, TestData.json(), next, false)) {
            assertThat(again.schemaVersion()).isEqualTo(next.current());
        }
        assertThat(ran).as("a migrated file is not migrated again").hasValue(1);
    }

    @Test
    void aFileFromANewerRuneIsRefusedAndLeftAsItIs() throws Exception {
        Schema newer = Schema.RUNE.then(new Schema.Step(Schema.RUNE.current(), "nothing to change", d -> { }));
        try (Store store = Store.open(folder, TestData.json(), newer, false)) {
            assertThat(store.schemaVersion()).isEqualTo(newer.current());
        }
        byte[] written = Files.readAllBytes(folder.databaseFile());

        assertThatThrownBy(() -> Store.open(folder, TestData.json()))
                .isInstanceOf(NewerDataFileException.class)
                .hasMessageContaining("newer version of Rune")
                .hasMessageContaining("schema " + newer.current())
                .hasMessageContaining("has not been changed");

        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(written);
        try (Store store = Store.open(folder, TestData.json(), newer, false)) {
            assertThat(store.readAll()).isEqualTo(TestData.seed());
        }
    }

    @Test
    void schemasMustListOneStepPerVersion() {
        assertThatThrownBy(() -> new Schema(3, List.of(new Schema.Step(1, "one", d -> { }))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schema(2, List.of(new Schema.Step(2, "wrong start", d -> { }))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
