package app.rune.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system's words for a failed read or write become Rune's, wherever in the causes they are. */
class FileProblemsTest {
    @TempDir
    Path temp;

    @Test
    void aFullDiskIsSaidSoThroughWrappedCauses() {
        Throwable failure = new UncheckedIOException(new IOException("No space left on device"));

        assertThat(FileProblems.describe(failure, temp.resolve("x.json")))
                .isEqualTo("the disk is full; free some space and try again");
    }

    @Test
    void aFailingDiskIsNotTheSystemsParenthesis() {
        Throwable failure = new IOException("/media/usb/rune/backups/rune-2026-12-04.json (Input/output error)");

        assertThat(FileProblems.describe(failure, temp)).isEqualTo(
                "the disk reported an error (it may be failing, or was removed)");
    }

    @Test
    void aFolderRuneMayNotWriteInIsNamed() {
        Path folder = temp.resolve("backups");
        Throwable failure = new AccessDeniedException(folder.resolve("rune.json").toString());

        assertThat(FileProblems.describe(failure, folder)).isEqualTo("Rune is not allowed to write in " + folder);
    }

    @Test
    void anImmutableFolderIsNotTheSystemsWords() {
        Path folder = temp.resolve("backups");
        Throwable failure = new java.nio.file.FileSystemException(folder.resolve(".rune-1.json.part").toString(), null,
                "Operation not permitted");

        assertThat(FileProblems.describe(failure, folder)).isEqualTo("Rune is not allowed to write in " + folder);
    }

    @Test
    void aReadOnlyDiskAndAMissingFileAreSaid() {
        assertThat(FileProblems.describe(new FileSystemException("/mnt/x/rune.db", null, "Read-only file system"),
                temp)).isEqualTo("the disk holding /mnt/x can only be read, not written");
        assertThat(FileProblems.describe(new NoSuchFileException("/mnt/gone/rune.db"), temp))
                .isEqualTo("/mnt/gone/rune.db does not exist");
    }

    @Test
    void runesOwnReasonIsKeptAndAnUnknownFailureSendsToTheLog() {
        assertThat(FileProblems.describe(new FileSystemException("/d/backups", null, "a file has the backups"
                + " folder's name; move it away"), temp)).isEqualTo("a file has the backups folder's name; move it away");
        assertThat(FileProblems.recognised(new IllegalStateException("Chunk 12 not found"), temp)).isEmpty();
        assertThat(FileProblems.describe(new IllegalStateException("Chunk 12 not found"), temp))
                .isEqualTo("the details are in rune.log in the data folder");
    }
}
