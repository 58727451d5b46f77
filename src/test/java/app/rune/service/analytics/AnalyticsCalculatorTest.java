package app.rune.service.analytics;

import static app.rune.service.analytics.Days.day;
import static app.rune.service.analytics.Days.done;
import static app.rune.service.analytics.Days.doneAt;
import static app.rune.service.analytics.Days.rated;
import static app.rune.service.analytics.Days.rest;
import static app.rune.service.analytics.Days.skipped;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.DailyProgress;
import app.rune.model.StreakRecords;
import app.rune.model.TaskTrend;
import app.rune.model.UserAnalytics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-made histories for every rule of the figures. */
class AnalyticsCalculatorTest {
    private static final Instant NOW = Instant.parse("2025-07-10T20:00:00Z");
    private static final LocalDate D1 = LocalDate.of(2025, 7, 1);

    private static LocalDate d(int n) {
        return D1.plusDays(n - 1L);
    }

    private static UserAnalytics compute(LocalDate asOf, DailyProgress... days) {
        return compute(ZoneOffset.UTC, asOf, days);
    }

    private static UserAnalytics compute(ZoneId zone, LocalDate asOf, DailyProgress... days) {
        return AnalyticsCalculator.compute("ana", History.of(List.of(days), zone), DuePlan.EVERY_DAY_DUE, asOf, NOW);
    }

    @Test
    void anEmptyHistoryHasNothingToShow() {
        UserAnalytics a = compute(d(1));

        assertThat(a.goalCompletionRate()).isZero();
        assertThat(a.averageTaskCompletion()).isZero();
        assertThat(a.streakRecords()).isEqualTo(new StreakRecords(0, 0, null));
        assertThat(a.commonObstacles()).isEmpty();
        assertThat(a.bestPerformingTimes()).isEmpty();
        assertThat(a.taskDifficultyTrends()).isEmpty();
        assertThat(a.lastUpdated()).isEqualTo(NOW);
    }

    @Test
    void aCompletionTimeAtTheEndOfTimeCountsAsDoneButGivesNoHour() {
        // An import accepts any instant; seven hours east of UTC this one would fall after the last date there is.
        ZoneId east = ZoneOffset.ofHours(7);
        UserAnalytics a = compute(east, d(1), day(d(1), doneAt("t1", "+1000000000-12-31T23:00:00Z"),
                doneAt("t2", "2025-07-01T01:00:00Z")));

        assertThat(a.averageTaskCompletion()).isEqualTo(1.0);
        assertThat(a.bestPerformingTimes()).containsExactly(LocalTime.of(8, 0));
    }

    @Test
    void aSingleDay() {
        UserAnalytics a = compute(d(1), day(d(1), done("t1"), skipped("t2")));

        assertThat(a.averageTaskCompletion()).isEqualTo(0.5);
        assertThat(a.goalCompletionRate()).isZero();
        assertThat(a.streakRecords()).isEqualTo(new StreakRecords(1, 1, d(1)));
    }

    @Test
    void ratesAreMeansOverCheckInDays() {
        UserAnalytics a = compute(d(3),
                day(d(1), done("t1"), skipped("t2")),
                day(d(2), done("t1"), done("t2")),
                day(d(3)));

        assertThat(a.averageTaskCompletion()).isEqualTo(0.75);
        assertThat(a.goalCompletionRate()).isEqualTo(0.5);
    }

    @Test
    void aGapBreaksTheRun() {
        UserAnalytics a = compute(d(6),
                day(d(1), done("t1")), day(d(2), done("t1")), day(d(3), done("t1")),
                day(d(5), done("t1")), day(d(6), done("t1")));

        assertThat(a.streakRecords()).isEqualTo(new StreakRecords(2, 3, d(5)));
    }

    @Test
    void aDayWithNothingDoneBreaksTheRun() {
        UserAnalytics a = compute(d(4),
                day(d(1), done("t1")), day(d(2), skipped("t1")), day(d(3), done("t1")), day(d(4), done("t1")));

        assertThat(a.streakRecords()).isEqualTo(new StreakRecords(2, 2, d(3)));
    }

    @Test
    void restDaysNeitherBreakNorAddAndAreLeftOutOfEveryFigure() {
        UserAnalytics a = compute(d(5),
                day(d(1), done("t1")),
                rest(d(2), skipped("t1", "tired")),
                rest(d(3)),
                day(d(4), done("t1")),
                day(d(5), done("t1"), skipped("t2", "work")));

        assertThat(a.streakRecords()).isEqualTo(new StreakRecords(3, 3, d(1)));
        assertThat(a.averageTaskCompletion()).isEqualTo((1 + 1 + 0.5) / 3);
        assertThat(a.commonObstacles()).containsExactly(Map.entry("work", 1));
        assertThat(a.taskDifficultyTrends().get("t1").completionRate()).isEqualTo(1.0);
    }

    @Test
    void anUnfinishedTodayDoesNotBreakTheStreak() {
        DailyProgress[] days = {day(d(1), done("t1")), day(d(2), done("t1")), day(d(3), done("t1")),
            day(d(4), skipped("t1"))};

        assertThat(compute(d(4), days).streakRecords()).isEqualTo(new StreakRecords(3, 3, d(1)));
        assertThat(compute(d(5), days).streakRecords()).as("but a whole day with nothing done does")
                .isEqualTo(new StreakRecords(0, 3, null));
    }

    @Test
    void aRestDayTodayKeepsTheRunGoing() {
        UserAnalytics a = compute(d(3), day(d(1), done("t1")), day(d(2), done("t1")), rest(d(3)));

        assertThat(a.streakRecords()).isEqualTo(new StreakRecords(2, 2, d(1)));
    }

    @Test
    void daysAfterTheAsOfDateAreLeftOut() {
        UserAnalytics a = compute(d(2), day(d(1), done("t1")), day(d(2), done("t1")), day(d(3), skipped("t1", "x")),
                day(d(4), done("t1")));

        assertThat(a.streakRecords()).isEqualTo(new StreakRecords(2, 2, d(1)));
        assertThat(a.commonObstacles()).isEmpty();
        assertThat(a.averageTaskCompletion()).isEqualTo(1.0);
    }

    @Test
    void theLongestRunCanBeInThePast() {
        UserAnalytics a = compute(d(9),
                day(d(1), done("t1")), day(d(2), done("t1")), day(d(3), done("t1")), day(d(4), done("t1")),
                day(d(8), done("t1")), day(d(9), done("t1")));

        assertThat(a.streakRecords()).isEqualTo(new StreakRecords(2, 4, d(8)));
    }

    @Test
    void obstaclesAreCountedPerEntryMostFirst() {
        UserAnalytics a = compute(d(2),
                day(d(1), skipped("t1", "tired", "work"), skipped("t2", "tired", "tired")),
                day(d(2), skipped("t1", "work"), skipped("t2", "tired")));

        assertThat(a.commonObstacles()).containsExactly(Map.entry("tired", 3), Map.entry("work", 2));
    }

    @Test
    void bestHoursAreLocalMostFirstTiesByTheEarlierHour() {
        UserAnalytics a = compute(ZoneId.of("UTC+7"), d(3),
                // 23:30 UTC is 06:30 the next morning in UTC+7, 00:10 UTC is 07:10.
                day(d(1), doneAt("t1", "2025-06-30T23:30:00Z"), doneAt("t2", "2025-07-01T00:10:00Z")),
                day(d(2), doneAt("t1", "2025-07-01T23:40:00Z"), doneAt("t2", "2025-07-02T13:00:00Z")),
                day(d(3), doneAt("t1", "2025-07-03T13:59:00Z"), doneAt("t2", "2025-07-03T00:20:00Z"),
                        doneAt("t3", "2025-07-03T05:00:00Z")));

        assertThat(a.bestPerformingTimes()).containsExactly(LocalTime.of(6, 0), LocalTime.of(7, 0),
                LocalTime.of(20, 0));
    }

    @Test
    void completionsWithoutATimeCountEverywhereButInTheHours() {
        UserAnalytics a = compute(d(1), day(d(1), done("t1")));

        assertThat(a.bestPerformingTimes()).isEmpty();
        assertThat(a.averageTaskCompletion()).isEqualTo(1.0);
    }

    @Test
    void trendsPerTaskWithAndWithoutRatings() {
        UserAnalytics a = compute(d(3),
                day(d(1), rated("t1", true, 2), rated("t2", false, null)),
                day(d(2), rated("t1", true, 3), rated("t2", true, null)),
                day(d(3), rated("t1", false, null)));

        assertThat(a.taskDifficultyTrends()).containsEntry("t1", new TaskTrend(2.5, 2.0 / 3))
                .containsEntry("t2", new TaskTrend(null, 0.5));
    }
}
