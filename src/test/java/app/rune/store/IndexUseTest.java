package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
            assertThat(range.getIndexScanFilter().toString()).contains("day_key >= ana\u001F2025-06-15");
            FindPlan all = progress.plan(NitriteDailyProgressRepository.allDaysOf("ana"));
            assertThat(all.getIndexDescriptor().getFields().getFieldNames()).containsExactly("day_key");
            assertThat(all.getIndexScanFilter().toString()).contains("day_key >= ana\u001F");
        }
    }

    @Test
    void aPersonsDaysAreTheirsEvenWhenAnotherIdStartsTheSame() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            var day = TestData.seed().dailyProgress().get(0);
            // "ana" + the day key's separator + more: sorts among ana's days, must never be read as hers.
            String lookalike = "ana\u001F2025-06-20";
            for (String user : List.of("ana", lookalike, "an", "anaa")) {
                store.dailyProgress().save(new DailyProgress("p-" + user, user, day.date(), day.tasks(), 3, null,
                        day.checkInTime(), day.createdAt(), null));
            }

            assertThat(store.dailyProgress().findByUser("ana")).extracting(DailyProgress::id)
                    .containsExactly("p-ana");
            assertThat(store.dailyProgress().findByUserBetween("ana", day.date().minusDays(1), day.date()))
                    .extracting(DailyProgress::id).containsExactly("p-ana");
            assertThat(store.dailyProgress().findByUserAndDate(lookalike, day.date())).map(DailyProgress::id)
                    .contains("p-" + lookalike);
            assertThat(store.userIds()).contains("ana", lookalike, "an", "anaa");
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
