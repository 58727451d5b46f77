package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.data.DamagedDataFileException;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file overwritten in the middle can open and answer some reads while a page deeper in it no longer reads.
 * The first read that meets such a page marks the file damaged: nothing more is read from it or written to it
 * (not even when closing), what can still be read is saved beside it, and a restore puts a whole file in its
 * place while keeping it.
 */
class DamagedPageTest {
    @TempDir
    Path temp;

    private DataFolder folder;
    private byte[] damaged;

    @BeforeEach
    void damageAPageBelowTheRoots() throws Exception {
        folder = History.writeClosed(temp.resolve("data"));
        damaged = UnreadablePage.spoil(folder);
    }

    @Test
    void aPageFoundUnreadableStopsEveryWriteAndTheFileStaysAsItWas() throws Exception {
        try (Store store = Store.open(folder, TestData.json())) {
            assertThatThrownBy(store::readAll).isInstanceOf(DamagedDataFileException.class)
                    .hasMessageContaining("is damaged").hasMessageContaining("cannot be read");
            assertThat(store.isDamaged()).isTrue();

            DailyProgress day = History.documents().dailyProgress().get(0);
            assertThatThrownBy(() -> store.dailyProgress().save(day)).isInstanceOf(DamagedDataFileException.class);
            assertThatThrownBy(() -> store.userPreferences().findById("ana1"))
                    .isInstanceOf(DamagedDataFileException.class);
        }
        // Closing wrote nothing either: no header, no compaction.
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(damaged);
    }

    @Test
    void theFirstWriteReadsTheWholeFileFirstAndIsRefused() throws Exception {
        DailyProgress day = History.documents().dailyProgress().get(3);
        try (Store store = Store.open(folder, TestData.json())) {
            // Nothing read the damaged page yet; the write must not go into the file all the same.
            assertThatThrownBy(() -> store.dailyProgress().save(day)).isInstanceOf(DamagedDataFileException.class);
        }
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(damaged);
    }

    @Test
    void whatCanStillBeReadIsSavedBesideIt() throws Exception {
        Path recovered;
        try (Store store = Store.open(folder, TestData.json())) {
            DamagedDataFileException found = (DamagedDataFileException) catchThrowable(store::readAll);
            recovered = found.recovered().orElseThrow();
            assertThat(found.getMessage()).contains("What could still be read from it", recovered.toString());
        }
        assertThat(recovered.getFileName().toString()).matches("rune\\.db\\.recovered-[-0-9]+\\.json");
        ObjectMapper json = TestData.json();
        DataSet readable = json.readValue(recovered.toFile(), DataSet.class);
        DataSet all = History.documents();
        assertThat(readable.size()).isPositive().isLessThan(all.size());
        // Nothing in it is made up: each document is one of the file's, exactly.
        assertThat(all.dailyProgress()).containsAll(readable.dailyProgress());
        assertThat(all.userGoals()).containsAll(readable.userGoals());
        assertThat(all.userPreferences()).containsAll(readable.userPreferences());
    }

    @Test
    void aRestoreReplacesTheDamagedFileAndKeepsIt() throws Exception {
        try (Store store = Store.open(folder, TestData.json())) {
            assertThatThrownBy(store::readAll).isInstanceOf(DamagedDataFileException.class);

            store.replaceAll(TestData.seed());

            assertThat(store.isDamaged()).isFalse();
            assertThat(store.readAll()).isEqualTo(TestData.seed());
            Path kept = store.setAsideFile().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
        }
        try (Store reopened = Store.open(folder, TestData.json())) {
            assertThat(reopened.readAll()).isEqualTo(TestData.seed());
        }
    }

    @Test
    void anImportIntoADamagedFileIsRefused() throws Exception {
        try (Store store = Store.open(folder, TestData.json())) {
            assertThatThrownBy(() -> store.upsertAll(TestData.seed())).isInstanceOf(DamagedDataFileException.class);
        }
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(damaged);
    }

    private static Throwable catchThrowable(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
