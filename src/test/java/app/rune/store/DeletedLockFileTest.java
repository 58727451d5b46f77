package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.data.DataFolderInUseException;
import app.rune.support.JavaProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder's lock file deleted by hand while a Rune holds the folder (someone tidying "stray" files) must not let
 * a second Rune write to the same data file: the data file itself stays locked by the first, and the second is told
 * the folder is in use, not that the file is damaged (which would offer to set it aside).
 */
class DeletedLockFileTest {
    @TempDir
    Path temp;

    @Test
    void aSecondRuneIsRefusedEvenWithoutTheLockFile() throws Exception {
        Path data = temp.resolve("data");
        // The child saves (a commit, flushed to disk) and then holds the folder open.
        Process child = JavaProcess.startQuickUntilReady(temp.resolve("errors.txt"), TerminatedSession.class,
                data.toString());
        try {
            Files.delete(data.resolve("rune.lock"));
            byte[] before = Files.readAllBytes(data.resolve("rune.db"));

            assertThatThrownBy(() -> Store.open(DataFolder.open(data), TestData.json()).close())
                    .isInstanceOf(DataFolderInUseException.class).hasMessageContaining("Another Rune is using");
            assertThat(Files.readAllBytes(data.resolve("rune.db"))).as("not written by the second").isEqualTo(before);
            assertThat(data).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".damaged"));
        } finally {
            child.destroy();
            child.waitFor(60, TimeUnit.SECONDS);
            child.destroyForcibly();
        }
    }
}
