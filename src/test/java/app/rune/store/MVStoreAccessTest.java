package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nitrite keeps its MVStore in a private field; a Nitrite upgrade that moves it must fail here, not in use. */
class MVStoreAccessTest {
    @TempDir
    Path temp;

    @Test
    void theStoreBeneathNitriteIsReachedAndClosesWithoutWriting() throws Exception {
        DataFolder folder = DataFolder.open(temp.resolve("data"));
        try (Store store = Store.open(folder, TestData.json())) {
            store.upsertAll(TestData.seed());
            byte[] before = Files.readAllBytes(folder.databaseFile());
            MVStore underneath = store.withDatabase(NitriteDatabase::mvStore);
            assertThat(underneath.isClosed()).isFalse();

            store.withDatabase(open -> {
                open.collection(app.rune.model.Collection.USER_GOALS).remove(
                        org.dizitart.no2.filters.Filter.ALL);
                open.discard();
                return null;
            });

            assertThat(underneath.isClosed()).isTrue();
            assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
        }
    }
}
