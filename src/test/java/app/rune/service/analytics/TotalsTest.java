package app.rune.service.analytics;

import static app.rune.service.analytics.Days.day;
import static app.rune.service.analytics.Days.done;
import static app.rune.service.analytics.Days.doneAt;
import static app.rune.service.analytics.Days.rated;
import static app.rune.service.analytics.Days.rest;
import static app.rune.service.analytics.Days.skipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.rune.model.DailyProgress;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Running totals: whatever order days come and go in, the same days give the same sums to the last bit. */
class TotalsTest {
    private static final LocalDate D1 = LocalDate.of(2025, 7, 1);

    private static DayStats stats(DailyProgress day) {
        return DayStats.of(day, ZoneOffset.UTC);
    }

    private static List<DayStats> someDays() {
        return List.of(
                stats(day(D1, done("t1"), skipped("t2", "tired"))),
                stats(day(D1.plusDays(1), doneAt("t1", "2025-07-02T07:30:00Z"), rated("t2", false, 4))),
                stats(rest(D1.plusDays(2))),
                stats(day(D1.plusDays(3), skipped("t1", "tired"), skipped("t2", "rain"), done("t3"))),
                stats(day(D1.plusDays(4), done("t1"), done("t2"), done("t3"))),
                stats(day(D1.plusDays(5))));
    }

    @Test
    void addingThenTakingAwayLeavesTheSameTotalsAsNeverAdding() {
        List<DayStats> days = someDays();
        Totals kept = Totals.of(days);
        Totals changed = Totals.of(days);
        DayStats extra = stats(day(D1.plusDays(6), done("t4"), skipped("t1", "guests", "tired")));
        changed.add(extra);
        assertThat(changed.checkInDays()).isEqualTo(kept.checkInDays() + 1);
        assertThat(changed.obstacles()).containsEntry("guests", 1);

        changed.remove(extra);

        assertSame(changed, kept);
        assertThat(changed.obstacles()).doesNotContainKey("guests");
        assertThat(changed.tasks()).doesNotContainKey("t4");
    }

    @Test
    void theOrderOfTheDaysDoesNotChangeAnyBit() {
        List<DayStats> days = new ArrayList<>(someDays());
        Totals inOrder = Totals.of(days);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(days, random);
            assertSame(Totals.of(days), inOrder);
        }
        // Four check-in days (a rest day and a day without entries are not): 1/2, 1/2, 1/3 and 3/3 done.
        assertThat(inOrder.checkInDays()).isEqualTo(4);
        assertThat(inOrder.allDoneDays()).isEqualTo(1);
        assertThat(inOrder.doneShareSum()).isCloseTo(0.5 + 0.5 + 1.0 / 3 + 1.0, within(1e-12));
        assertThat(inOrder.obstacles()).containsEntry("tired", 2).containsEntry("rain", 1);
        assertThat(inOrder.hours()[7]).isEqualTo(1);
    }

    private static void assertSame(Totals actual, Totals expected) {
        assertThat(actual.checkInDays()).isEqualTo(expected.checkInDays());
        assertThat(actual.allDoneDays()).isEqualTo(expected.allDoneDays());
        assertThat(Double.doubleToLongBits(actual.doneShareSum()))
                .isEqualTo(Double.doubleToLongBits(expected.doneShareSum()));
        assertThat(actual.obstacles()).isEqualTo(expected.obstacles());
        assertThat(actual.hours()).isEqualTo(expected.hours());
        assertThat(actual.tasks()).isEqualTo(expected.tasks());
    }
}
