package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dizitart.no2.collection.FindPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reads screens make go through an index, so they stay quick after years of daily use. */
class IndexUseTest {
    @TempDir
    Path temp;

    @Test
    void dayAndRangeReadsOfProgressUseTheDayIndex() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            NitriteDailyProgressRepository progress = (NitriteDailyProgressRepository) store.dailyProgress();
            LocalDate day = LocalDate.of(2025, 6, 28);

            assertIndexed(progress.plan(NitriteDailyProgressRepository.onDay("ana", day)), "day_key");
            FindPlan range = progress.plan(NitriteDailyProgressRepository.between("ana", day.minusDays(13), day));
            assertThat(range.getIndexDescriptor().getFields().getFieldNames()).containsExactly("day_key");
            // The index scan starts at the first day of the range, not at the start of the person's history.
            assertThat(range.getIndexScanFilter().toString()).contains("day_key >= 3:ana\u001F2025-06-15");
            FindPlan all = progress.plan(NitriteDailyProgressRepository.allDaysOf("ana"));
            assertThat(all.getIndexDescriptor().getFields().getFieldNames()).containsExactly("day_key");
            assertThat(all.getIndexScanFilter().toString()).contains("day_key >= 3:ana\u001F");
        }
    }

    @Test
    void aPersonsDaysAreTheirsEvenWhenAnotherIdStartsTheSame() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            var day = TestData.seed().dailyProgress().get(0);
            // Ids that start alike, or hold the day key's own separator, colon and digits: none is ana.
            List<String> users = List.of("ana", "ana\u001F2025-06-20", "an", "anaa", "3:ana", "", "ana\u001F");
            for (String user : users) {
                for (int d = 0; d < 3; d++) {
                    store.dailyProgress().save(new DailyProgress("p-" + user + d, user, day.date().plusDays(d),
                            day.tasks(), 3, null, day.checkInTime(), day.createdAt(), null));
                }
            }

            assertThat(store.dailyProgress().findByUser("ana")).extracting(DailyProgress::id)
                    .containsExactly("p-ana0", "p-ana1", "p-ana2");
            assertThat(store.dailyProgress().findByUserBetween("ana", day.date().minusDays(1), day.date()))
                    .extracting(DailyProgress::id).containsExactly("p-ana0");
            for (String user : users) {
                assertThat(store.dailyProgress().findByUserAndDate(user, day.date().plusDays(1)))
                        .map(DailyProgress::id).contains("p-" + user + 1);
                assertThat(store.dailyProgress().countByUser(user)).as(user).isEqualTo(3);
            }
            // Found by jumping through the day index: these users have nothing but days.
            assertThat(store.userIds()).containsExactlyInAnyOrderElementsOf(users);
        }
    }

    @Test
    void theUsersWithDaysAreFoundAmongManyDays() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            var day = TestData.seed().dailyProgress().get(0);
            List<String> users = new ArrayList<>();
            for (int u = 0; u < 40; u++) {
                String user = "user" + u;
                users.add(user);
                for (int d = 0; d < 1 + u % 7 * 20; d++) {
                    store.dailyProgress().saveWithNextCommit(new DailyProgress(user + "-" + d, user,
                            day.date().plusDays(d), day.tasks(), null, null, null, day.createdAt(), null));
                }
            }

            assertThat(store.userIds()).containsExactlyInAnyOrderElementsOf(users);
        }
    }

    @Test
    void lookupsByIdUseTheKeyIndex() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            NitriteRepository<?> goals = (NitriteRepository<?>) store.userGoals();

            assertIndexed(goals.plan(NitriteRepository.byKey("ana")), "key");
        }
    }

    @Test
    void closingCompactsAFileThatWasWrittenMany() throws Exception {
        Path data = temp.resolve("data");
        long grown;
        var day = TestData.seed().dailyProgress().get(0);
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < 300; i++) {
                    store.dailyProgress().save(new DailyProgress("p" + i, "ana",
                            day.date().plusDays(i), day.tasks(), 1 + round, "mood " + round, day.checkInTime(),
                            day.createdAt(), null));
                }
            }
            grown = Files.size(data.resolve("rune.db"));
        }
        long compacted = Files.size(data.resolve("rune.db"));

        System.out.println("grown " + grown + " compacted " + compacted);
        assertThat(compacted).isLessThan(grown * 2 / 3);
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            assertThat(store.dailyProgress().findAll()).hasSize(300).allMatch(d -> "mood 3".equals(d.moodAfterTasks()));
        }
    }

    private static void assertIndexed(FindPlan plan, String... fields) {
        assertThat(plan.getIndexDescriptor()).as("an index is used").isNotNull();
        assertThat(plan.getIndexDescriptor().getFields().getFieldNames()).isEqualTo(List.of(fields));
        assertThat(plan.getCollectionScanFilter()).as("no collection scan").isNull();
    }
}
