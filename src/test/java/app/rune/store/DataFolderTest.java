package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    @Test
    void openCreatesMissingParents(@TempDir Path temp) throws IOException {
        DataFolder folder = DataFolder.open(temp.resolve("a/b/rune"));

        assertThat(folder.root()).isDirectory();
        assertThat(folder.databaseFile()).isEqualTo(temp.resolve("a/b/rune/rune.db"));
    }

    /** A file of the person's data (the recovered days of a damaged file, say) is never readable by others. */
    @Test
    void aFileIsOwnerOnlyFromTheMomentItIsCreated(@TempDir Path temp) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileAttributeView(temp, java.nio.file.attribute.PosixFileAttributeView.class) != null,
                "a file system with POSIX permissions");
        Path file = temp.resolve("rune.db.recovered-1.json.part");

        DataFolder.createOwnerOnly(file);

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(file).isEmptyFile();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("rune"), "not a folder");

        assertThatThrownBy(() -> DataFolder.open(file)).hasMessageContaining("is a file, not a folder");
    }
}
