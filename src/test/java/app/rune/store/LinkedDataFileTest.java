package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.data.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rune.db} may be a symbolic link (to another disk, say): Rune follows it, and its writes, compaction and
 * imports never replace the link by a file of its own.
 */
class LinkedDataFileTest {
    @TempDir
    Path temp;

    @Test
    void theLinkStaysALinkThroughWritesCompactionAndImports() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("other-disk"));
        Path target = elsewhere.resolve("my-rune.db");
        DataFolder folder = DataFolder.open(temp.resolve("data"));
        Files.createSymbolicLink(folder.databaseFile(), target);

        try (Store store = Store.open(folder, TestData.json())) {
            History.write(store);
        }
        assertThat(Files.isSymbolicLink(folder.databaseFile())).isTrue();
        try (Store store = Store.open(folder, TestData.json())) {
            assertThat(store.readAll()).isEqualTo(History.documents());
            store.upsertAll(TestData.seed());
        }

        assertThat(Files.isSymbolicLink(folder.databaseFile())).isTrue();
        assertThat(Files.readSymbolicLink(folder.databaseFile())).isEqualTo(target);
        assertThat(elsewhere.resolve("my-rune.db.commit")).exists();
        try (Store store = Store.open(folder, TestData.json())) {
            assertThat(store.readAll().dailyProgress()).containsAll(TestData.seed().dailyProgress());
        }
    }

    @Test
    void aLinkToNothingIsRefusedWithoutCreatingAFile() throws Exception {
        DataFolder folder = DataFolder.open(temp.resolve("data"));
        Path missing = temp.resolve("unmounted").resolve("rune.db");
        Files.createSymbolicLink(folder.databaseFile(), missing);

        assertThatThrownBy(() -> Store.open(folder, TestData.json()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is a link to " + missing + ", which is not there");
        assertThat(Files.isSymbolicLink(folder.databaseFile())).isTrue();
        assertThat(missing).doesNotExist();
    }
}
