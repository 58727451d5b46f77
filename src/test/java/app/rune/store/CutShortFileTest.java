package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.data.DamagedDataFileException;
import app.rune.model.DataSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A data file cut short, or replaced by an older copy of itself, is never opened as if it were whole: MVStore
 * would open the newest earlier version it can read (often an almost empty one) and Rune would then write over
 * what the file still held. Each case is refused, with the file kept byte for byte.
 */
class CutShortFileTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(ints = {10, 20, 30, 40, 50, 60, 67, 70, 80, 90, 95, 97, 99})
    void aClosedFileCutShortIsRefusedAndKeptByteForByte(int percent) throws Exception {
        DataFolder folder = History.writeClosed(temp.resolve("data"));
        byte[] cut = cut(folder.databaseFile(), percent);

        assertThatThrownBy(() -> Store.open(folder, TestData.json()))
                .isInstanceOf(DamagedDataFileException.class)
                .hasMessageContaining("is damaged");

        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(cut);
        assertThat(names(folder)).noneMatch(n -> n.startsWith("rune.db.schema-") || n.endsWith(".staged"));
        assertThat(Files.exists(folder.backupsFolder())).as("nothing was migrated or backed up").isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 40, 70, 90, 97, 99})
    void aFileCutShortMidSessionIsRefusedOrOpensWhole(int percent) throws Exception {
        DataFolder source = DataFolder.open(temp.resolve("source"));
        DataSet whole;
        DataFolder copy;
        try (Store store = Store.open(source, TestData.json())) {
            History.write(store);
            whole = store.readAll();
            // As a copy taken, or a disk failing, while Rune runs: many versions, none compacted yet.
            copy = History.copy(source, temp.resolve("copy"));
        }
        byte[] cut = cut(copy.databaseFile(), percent);

        try (Store store = Store.open(copy, TestData.json())) {
            assertThat(store.readAll()).as("a file that opens must hold everything").isEqualTo(whole);
        } catch (DamagedDataFileException refused) {
            assertThat(Files.readAllBytes(copy.databaseFile())).isEqualTo(cut);
        }
    }

    @Test
    void withoutItsRecordAClosedFileCutShortIsStillRefused() throws Exception {
        DataFolder folder = History.writeClosed(temp.resolve("data"));
        Files.delete(folder.root().resolve("rune.db.commit"));
        byte[] cut = cut(folder.databaseFile(), 80);

        assertThatThrownBy(() -> Store.open(folder, TestData.json()))
                .isInstanceOf(DamagedDataFileException.class)
                .hasMessageContaining("earlier state");
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(cut);
    }

    @Test
    void anOlderCopyPutInPlaceOfTheFileIsRefused() throws Exception {
        DataFolder folder = DataFolder.open(temp.resolve("data"));
        Path older = temp.resolve("older.db");
        try (Store store = Store.open(folder, TestData.json())) {
            store.upsertAll(TestData.seed());
        }
        Files.copy(folder.databaseFile(), older);
        try (Store store = Store.open(folder, TestData.json())) {
            History.write(store);
        }
        Files.copy(older, folder.databaseFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] put = Files.readAllBytes(folder.databaseFile());

        assertThatThrownBy(() -> Store.open(folder, TestData.json()))
                .isInstanceOf(DamagedDataFileException.class)
                .hasMessageContaining("went back to an earlier state");
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(put);
    }

    @Test
    void aMissingFileIsRefusedUntilItIsSetAside() throws Exception {
        DataFolder folder = History.writeClosed(temp.resolve("data"));
        Files.delete(folder.databaseFile());

        assertThatThrownBy(() -> Store.open(folder, TestData.json()))
                .isInstanceOf(DamagedDataFileException.class)
                .hasMessageContaining("is missing");
        assertThat(folder.databaseFile()).doesNotExist();

        try (Store store = Store.openSettingAsideDamaged(folder, TestData.json())) {
            assertThat(store.readAll().size()).isZero();
            store.upsertAll(TestData.seed());
        }
        try (Store store = Store.open(folder, TestData.json())) {
            assertThat(store.readAll()).isEqualTo(TestData.seed());
        }
    }

    @Test
    void anEmptyFileIsRefusedWhenRuneHadSavedToIt() throws Exception {
        DataFolder folder = History.writeClosed(temp.resolve("data"));
        Files.write(folder.databaseFile(), new byte[0]);

        assertThatThrownBy(() -> Store.open(folder, TestData.json()))
                .isInstanceOf(DamagedDataFileException.class)
                .hasMessageContaining("is empty");
        assertThat(Files.size(folder.databaseFile())).isZero();
    }

    @Test
    void aFileThatIsWholeOpensWithEverything() throws Exception {
        DataFolder folder = History.writeClosed(temp.resolve("data"));

        try (Store store = Store.open(folder, TestData.json())) {
            assertThat(store.readAll()).isEqualTo(History.documents());
        }
    }

    private static byte[] cut(Path file, int percent) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        byte[] cut = Arrays.copyOf(bytes, (int) ((long) bytes.length * percent / 100));
        Files.write(file, cut);
        return cut;
    }

    private static List<String> names(DataFolder folder) throws Exception {
        try (Stream<Path> files = Files.list(folder.root())) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
