package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
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

    /** A file that opens but holds a page that does not read: found by spoiling 4 KiB at one place after another. */
    @BeforeEach
    void damageAPageBelowTheRoots() throws Exception {
        folder = History.writeClosed(temp.resolve("data"));
        byte[] whole = Files.readAllBytes(folder.databaseFile());
        Random random = new Random(7);
        for (int at = 8192; at + 4096 < whole.length; at += 2048) {
            byte[] bytes = whole.clone();
            byte[] noise = new byte[4096];
            random.nextBytes(noise);
            System.arraycopy(noise, 0, bytes, at, noise.length);
            Files.write(folder.databaseFile(), bytes);
            if (opensButCannotBeReadWhole()) {
                damaged = bytes;
                return;
            }
        }
        throw new AssertionError("no place in the file damages a page below the collections' roots");
    }

    private boolean opensButCannotBeReadWhole() {
        Store store;
        try {
            store = Store.open(folder, TestData.json());
        } catch (DamagedDataFileException refusedAtOnce) {
            return false;
        }
        try {
            store.readAll();
            return false;
        } catch (DamagedDataFileException found) {
            return true;
        } finally {
            store.close();
            deleteRecoveryFiles();
        }
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

    private void deleteRecoveryFiles() {
        try (Stream<Path> files = Files.list(folder.root())) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains(".recovered-")).toList()) {
                Files.delete(file);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
