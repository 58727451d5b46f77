package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
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
    void dayAndRangeReadsOfProgressUseTheUserAndDateIndex() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            NitriteDailyProgressRepository progress = (NitriteDailyProgressRepository) store.dailyProgress();
            LocalDate day = LocalDate.of(2025, 6, 28);

            assertIndexed(progress.plan(NitriteDailyProgressRepository.onDay("ana", day)), "user_id", "date");
            assertIndexed(progress.plan(org.dizitart.no2.filters.FluentFilter.where("user_id").eq("ana")),
                    "user_id", "date");
            FindPlan range = progress.plan(NitriteDailyProgressRepository.between("ana", day.minusDays(13), day));
            assertThat(range.getIndexDescriptor().getFields().getFieldNames()).containsExactly("user_id", "date");
            // The index starts at the first day of the range; only the end is checked document by document.
            assertThat(range.getIndexScanFilter().toString()).contains("user_id == ana", "date >= 2025-06-15");
            assertThat(String.valueOf(range.getCollectionScanFilter())).isEqualTo("(date <= 2025-06-28)");
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
                    store.dailyProgress().save(new app.rune.model.DailyProgress("p" + i, "ana",
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
