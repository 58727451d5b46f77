package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.DataSet;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several saves made as one commit reach the disk together, or none of them do. */
class OneCommitTest {
    @TempDir
    Path temp;

    @Test
    void theSavesOfOneChangeAreOneCommit() throws Exception {
        DataFolder folder = DataFolder.open(temp.resolve("data"));
        DataSet seed = TestData.seed();
        try (Store store = Store.open(folder, TestData.json())) {
            long before = recorded(folder);

            store.inOneCommit(() -> {
                seed.userGoals().forEach(store.userGoals()::save);
                seed.userPreferences().forEach(store.userPreferences()::save);
                seed.dailyProgress().forEach(store.dailyProgress()::save);
            });

            assertThat(recorded(folder)).isEqualTo(before + 1);
            assertThat(store.withDatabase(NitriteDatabase::commitsInFile)).isEqualTo(before + 1);
        }
        try (Store store = Store.open(folder, TestData.json())) {
            assertThat(store.userGoals().findAll()).isEqualTo(seed.userGoals());
            assertThat(store.dailyProgress().findAll()).isEqualTo(seed.dailyProgress());
        }
    }

    @Test
    void aChangeThatFailsHalfWayLeavesNothingBehind() throws Exception {
        DataFolder folder = DataFolder.open(temp.resolve("data"));
        DataSet seed = TestData.seed();
        UserPreferences first = seed.userPreferences().get(0);
        try (Store store = Store.open(folder, TestData.json())) {
            store.userPreferences().save(first);
            long before = recorded(folder);

            assertThatThrownBy(() -> store.inOneCommit(() -> {
                seed.userGoals().forEach(store.userGoals()::save);
                // Inside the change, its own writes are seen.
                assertThat(store.userGoals().findAll()).isEqualTo(seed.userGoals());
                throw new IllegalStateException("the coach could not find its words");
            })).hasMessageContaining("could not find its words");

            assertThat(store.userGoals().findAll()).isEmpty();
            assertThat(store.userPreferences().findAll()).containsExactly(first);
            assertThat(recorded(folder)).isEqualTo(before);
            // The store goes on as usual after it.
            UserGoals goals = seed.userGoals().get(0);
            store.userGoals().save(goals);
            assertThat(store.userGoals().findAll()).containsExactly(goals);
        }
        try (Store store = Store.open(folder, TestData.json())) {
            assertThat(store.userGoals().findAll()).containsExactly(seed.userGoals().get(0));
        }
    }

    @Test
    void changesInsideAChangeBelongToIt() throws Exception {
        DataFolder folder = DataFolder.open(temp.resolve("data"));
        DataSet seed = TestData.seed();
        try (Store store = Store.open(folder, TestData.json())) {
            long before = recorded(folder);
            store.inOneCommit(() -> {
                store.inOneCommit(() -> seed.userGoals().forEach(store.userGoals()::save));
                seed.userPreferences().forEach(store.userPreferences()::save);
            });
            assertThat(recorded(folder)).isEqualTo(before + 1);
        }
    }

    @Test
    void everyCommitIsCountedInTheFileAndRecordedBesideIt() throws Exception {
        DataFolder folder = DataFolder.open(temp.resolve("data"));
        try (Store store = Store.open(folder, TestData.json())) {
            for (UserPreferences preferences : TestData.seed().userPreferences()) {
                long before = recorded(folder);
                store.userPreferences().save(preferences);
                assertThat(recorded(folder)).isEqualTo(before + 1)
                        .isEqualTo(store.withDatabase(NitriteDatabase::commitsInFile));
            }
            store.upsertAll(TestData.seed());
            assertThat(recorded(folder)).isEqualTo(store.withDatabase(NitriteDatabase::commitsInFile));
        }
    }

    private static long recorded(DataFolder folder) throws Exception {
        OptionalLong count = CommitRecord.beside(folder.databaseFile()).read();
        assertThat(Files.exists(folder.root().resolve("rune.db.commit"))).isTrue();
        return count.orElseThrow();
    }
}
