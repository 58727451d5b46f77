package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.data.DataFolderInUseException;
import app.rune.data.StoreException;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.StreakRecords;
import app.rune.model.TaskEntry;
import app.rune.model.TaskTrend;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class StoreRoundTripTest {
    @TempDir
    Path temp;

    private Store open() throws Exception {
        return Store.open(DataFolder.open(temp.resolve("data")), TestData.json());
    }

    @Test
    void allFiveSeedDocumentsSurviveCloseAndReopen() throws Exception {
        DataSet seed = TestData.seed();
        try (Store store = open()) {
            seed.userGoals().forEach(store.userGoals()::save);
            seed.dailyProgress().forEach(store.dailyProgress()::save);
            seed.userPreferences().forEach(store.userPreferences()::save);
            seed.userAnalytics().forEach(store.userAnalytics()::save);
            seed.conversationContext().forEach(store.conversationContext()::save);
        }

        try (Store store = open()) {
            assertThat(store.readAll()).isEqualTo(seed);
            assertThat(store.userGoals().findById("user_id")).contains(seed.userGoals().get(0));
            assertThat(store.dailyProgress().findByUserAndDate("user_id", LocalDate.of(2025, 6, 28)))
                    .contains(seed.dailyProgress().get(0));
            JsonNode written = TestData.json().valueToTree(store.readAll());
            assertThat(written).isEqualTo(TestData.seedTree());
        }
    }

    @Test
    void savingAgainReplacesTheWholeDocument() throws Exception {
        DailyProgress first = TestData.seed().dailyProgress().get(0);
        DailyProgress fewer = new DailyProgress(first.id(), first.userId(), first.date(),
                List.of(new TaskEntry("task_1", "Duolingo practice", false, null, null, null, null, null, null)),
                null, null, null, first.createdAt(), null);
        try (Store store = open()) {
            store.dailyProgress().save(first);
            store.dailyProgress().save(fewer);
        }

        try (Store store = open()) {
            assertThat(store.dailyProgress().findAll()).containsExactly(fewer);
        }
    }

    @Test
    void mapKeysWithDotsAreKeptAsWritten() throws Exception {
        UserAnalytics analytics = new UserAnalytics("ana", 0.5, 0.5, new StreakRecords(0, 3, null),
                Map.of("work.overtime", 2), List.of(), Map.of("task.1", new TaskTrend(null, 1.0)), Instant.EPOCH);
        try (Store store = open()) {
            store.userAnalytics().save(analytics);
        }

        try (Store store = open()) {
            assertThat(store.userAnalytics().findById("ana")).contains(analytics);
        }
    }

    @Test
    void oneProgressDocumentPerUserAndDay() throws Exception {
        DailyProgress first = TestData.seed().dailyProgress().get(0);
        DailyProgress sameDay = new DailyProgress("another-id", first.userId(), first.date(), List.of(), 2, null,
                null, null, null);
        try (Store store = open()) {
            store.dailyProgress().save(first);

            assertThatThrownBy(() -> store.dailyProgress().save(sameDay))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("already has a daily_progress document for 2025-06-28");
            assertThat(store.dailyProgress().findAll()).containsExactly(first);
        }
        try (Store store = open()) {
            assertThat(store.dailyProgress().findAll()).containsExactly(first);
        }
    }

    @Test
    void derivedFiguresSavedWithTheNextCommitAreReadAtOnceAndOnDiskAfterClosing() throws Exception {
        UserAnalytics figures = TestData.seed().userAnalytics().get(0);
        try (Store store = open()) {
            store.userAnalytics().saveWithNextCommit(figures);
            assertThat(store.userAnalytics().findById(figures.id())).contains(figures);
        }
        try (Store store = open()) {
            assertThat(store.userAnalytics().findById(figures.id())).contains(figures);
        }
    }

    @Test
    void theUsersAreEveryoneWithAnyDocumentEvenOnlyProgress() throws Exception {
        try (Store store = open()) {
            for (String user : List.of("zoe", "ana", "mo", "ana", "zoe")) {
                for (int day = 1; day <= 3; day++) {
                    store.dailyProgress().save(new DailyProgress(user + day, user, LocalDate.of(2025, 3, day),
                            List.of(), null, null, null, null, null));
                }
            }
            store.userPreferences().save(new UserPreferences("bo", null, null, null));

            assertThat(store.userIds()).containsExactly("ana", "bo", "mo", "zoe");
        }
    }

    @Test
    void dateRangeReadsComeBackInOrder() throws Exception {
        try (Store store = open()) {
            for (int day = 10; day >= 1; day--) {
                store.dailyProgress().save(new DailyProgress("p" + day, "ana", LocalDate.of(2025, 3, day), List.of(),
                        null, null, null, null, null));
            }
            store.dailyProgress().save(new DailyProgress("bo5", "bo", LocalDate.of(2025, 3, 5), List.of(), null,
                    null, null, null, null));

            assertThat(store.dailyProgress().findByUserBetween("ana", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 6)))
                    .extracting(DailyProgress::id).containsExactly("p3", "p4", "p5", "p6");
            assertThat(store.userIds()).containsExactly("ana", "bo");
        }
    }

    @Test
    void deleteRemovesOnlyThatDocument() throws Exception {
        UserGoals ana = new UserGoals("ana", new LongTermGoal("Run", null, null, GoalStatus.ACTIVE, null, null),
                null, null, null);
        UserGoals bo = new UserGoals("bo", new LongTermGoal("Read", null, null, GoalStatus.PAUSED, null, null),
                null, null, null);
        try (Store store = open()) {
            store.userGoals().save(ana);
            store.userGoals().save(bo);
            assertThat(store.userGoals().delete("ana")).isTrue();
            assertThat(store.userGoals().delete("ana")).isFalse();
        }
        try (Store store = open()) {
            assertThat(store.userGoals().findAll()).containsExactly(bo);
        }
    }

    @Test
    void secondOpenOfTheSameFolderIsRefused() throws Exception {
        try (Store store = open()) {
            assertThatThrownBy(this::open)
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining("Another Rune is using the data folder " + temp.resolve("data"));
        }
        try (Store again = open()) {
            assertThat(again.readAll().size()).isZero();
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theFolderAndItsFilesAreOwnerOnly() throws Exception {
        try (Store store = open()) {
            store.userGoals().save(TestData.seed().userGoals().get(0));
        }
        Path folder = temp.resolve("data");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("rune.db"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("rune.lock"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aDamagedFileIsReportedAndLeftAlone() throws Exception {
        Path folder = temp.resolve("data");
        Files.createDirectories(folder);
        byte[] garbage = "this is not a database".repeat(300).getBytes();
        Files.write(folder.resolve("rune.db"), garbage);

        assertThatThrownBy(this::open)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged: it cannot be read as a Rune data file");
        assertThat(Files.readAllBytes(folder.resolve("rune.db"))).isEqualTo(garbage);
        // The lock is let go, so the person can move the file away and start again.
        Files.delete(folder.resolve("rune.db"));
        try (Store store = open()) {
            assertThat(store.userIds()).isEmpty();
        }
    }
}
