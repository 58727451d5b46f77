package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.Collection;
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
    void aDayIsOneIndexLookup() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            NitriteDailyProgressRepository progress = (NitriteDailyProgressRepository) store.dailyProgress();

            assertIndexed(progress.plan(NitriteDailyProgressRepository.onDay("ana", LocalDate.of(2025, 6, 28))),
                    "day_key");
        }
    }

    /**
     * A range is a walk along the index that visits only its own keys: not the person's earlier days, and not
     * the days of whoever sorts after them (a Nitrite range query would check every one of those).
     */
    @Test
    void aRangeOfDaysWalksOnlyItsOwnIndexKeys() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            var day = TestData.seed().dailyProgress().get(0);
            LocalDate first = LocalDate.of(2025, 1, 1);
            for (String user : List.of("ana", "bo", "an")) {
                for (int d = 0; d < 60; d++) {
                    store.dailyProgress().saveWithNextCommit(new DailyProgress(user + "-" + d, user,
                            first.plusDays(d), day.tasks(), null, null, null, day.createdAt(), null));
                }
            }

            List<String> walked = store.withDatabase(open -> {
                var ids = open.dayIndex().idsBetween(DayKey.of("ana", first.plusDays(10).toString()),
                        DayKey.of("ana", first.plusDays(13).toString()));
                var days = open.collection(Collection.DAILY_PROGRESS);
                return ids.stream().map(id -> days.getById(id).get("key").toString()).toList();
            });
            assertThat(walked).containsExactly("ana-10", "ana-11", "ana-12", "ana-13");
            assertThat(store.dailyProgress().findByUserBetween("ana", first.plusDays(10), first.plusDays(13)))
                    .extracting(DailyProgress::id).containsExactly("ana-10", "ana-11", "ana-12", "ana-13");
            assertThat(store.dailyProgress().findByUser("bo")).hasSize(60).allMatch(d -> d.userId().equals("bo"));
        }
    }

    /** The whole-history pass (the figures' start-up read) hands over a person's days one by one, oldest first. */
    @Test
    void aPassOverAPersonsDaysGivesThemOldestFirstAndNoOneElses() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            var day = TestData.seed().dailyProgress().get(0);
            LocalDate first = LocalDate.of(2024, 2, 27);
            // Saved newest first and interleaved with someone whose id sorts just after: the order is the dates'.
            for (int d = 5; d >= 0; d--) {
                for (String user : List.of("ana", "anab")) {
                    store.dailyProgress().save(new DailyProgress(user + "-" + d, user, first.plusDays(d),
                            day.tasks(), null, null, null, day.createdAt(), null));
                }
            }

            List<String> passed = new ArrayList<>();
            store.dailyProgress().forEachOfUser("ana", each -> passed.add(each.id() + " " + each.date()));

            assertThat(passed).containsExactly("ana-0 2024-02-27", "ana-1 2024-02-28", "ana-2 2024-02-29",
                    "ana-3 2024-03-01", "ana-4 2024-03-02", "ana-5 2024-03-03");
            assertThat(store.dailyProgress().findByUser("ana")).extracting(d -> d.id() + " " + d.date())
                    .containsExactlyElementsOf(passed);
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
                assertThat(store.dailyProgress().countByUser(user, 100)).as(user).isEqualTo(3);
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
        // The same 300 days written once, into a file of their own: what a compact file of that data takes.
        Path once = temp.resolve("once");
        try (Store store = Store.open(DataFolder.open(once), TestData.json())) {
            for (int i = 0; i < 300; i++) {
                store.dailyProgress().save(new DailyProgress("p" + i, "ana", day.date().plusDays(i), day.tasks(), 4,
                        "mood 3", day.checkInTime(), day.createdAt(), null));
            }
        }
        long writtenOnce = Files.size(once.resolve("rune.db"));

        // Compacted while open (when idle) and on closing: 1,200 writes leave no more than the data needs.
        assertThat(compacted).as("closed after 1,200 writes (%d bytes at the most before closing)", grown)
                .isLessThanOrEqualTo(grown).isLessThan(writtenOnce * 3 / 2);
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
