package app.rune.service.analytics;

import static app.rune.service.analytics.Days.day;
import static app.rune.service.analytics.Days.done;
import static app.rune.service.analytics.Days.doneAt;
import static app.rune.service.analytics.Days.rated;
import static app.rune.service.analytics.Days.rest;
import static app.rune.service.analytics.Days.skipped;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 31);
    private static final Instant NOW = Instant.parse("2025-07-31T20:00:00Z");

    private static AnalyticsReport build(ReportRange range, LocalDate target, List<DailyProgress> days) {
        History history = History.of(days, ZoneOffset.UTC);
        return ReportBuilder.build(AnalyticsCalculator.compute("ana", history, DuePlan.EVERY_DAY_DUE, TODAY, NOW), history, TODAY, range,
                target, id -> "Task " + id);
    }

    @Test
    void theHeatMapIsTheLast52WeeksDayByDay() {
        AnalyticsReport report = build(ReportRange.ALL, null, List.of(day(TODAY, done("t1"), skipped("t2")),
                rest(TODAY.minusDays(1))));

        assertThat(report.heatMap()).hasSize(364);
        assertThat(report.heatMap().get(0).date()).isEqualTo(TODAY.minusDays(363));
        assertThat(report.heatMap().get(363).ratio()).isEqualTo(0.5);
        assertThat(report.heatMap().get(362).restDay()).isTrue();
        assertThat(report.heatMap().get(362).ratio()).isNull();
        assertThat(report.heatMap().get(100).ratio()).isNull();
    }

    @Test
    void theRollingLineAveragesTheCheckInDaysOfTheLastSevenDays() {
        List<DailyProgress> days = new ArrayList<>();
        days.add(day(TODAY.minusDays(9), done("t1")));
        days.add(day(TODAY.minusDays(8), skipped("t1")));
        days.add(day(TODAY, done("t1"), skipped("t2")));

        AnalyticsReport report = build(ReportRange.ALL, null, days);

        assertThat(report.rolling()).containsExactly(
                new AnalyticsReport.RollingPoint(TODAY.minusDays(9), 1.0),
                new AnalyticsReport.RollingPoint(TODAY.minusDays(8), 0.5),
                new AnalyticsReport.RollingPoint(TODAY, 0.5));
    }

    @Test
    void theRangeLimitsTheChartsButNotTheFigures() {
        List<DailyProgress> days = List.of(
                day(TODAY.minusDays(60), skipped("t1", "tired"), doneAt("t2", "2025-06-01T07:15:00Z")),
                day(TODAY.minusDays(2), skipped("t1", "work"), rated("t2", true, 4)));

        AnalyticsReport month = build(ReportRange.FOUR_WEEKS, null, days);
        AnalyticsReport all = build(ReportRange.ALL, null, days);

        assertThat(month.obstacles()).containsExactly(Map.entry("work", 1));
        assertThat(all.obstacles()).containsOnlyKeys("tired", "work");
        assertThat(month.hours()[7]).isZero();
        assertThat(all.hours()[7]).isEqualTo(1);
        assertThat(month.tasks()).extracting(AnalyticsReport.TaskFigures::title).containsExactly("Task t1", "Task t2");
        assertThat(month.tasks().get(1).avgDifficulty()).isEqualTo(4.0);
        assertThat(month.figures()).isEqualTo(all.figures());
    }

    @Test
    void onPaceMeansTwoGoodWeeksBeforeTheTarget() {
        List<DailyProgress> old = List.of(day(TODAY.minusDays(20), done("t1")));
        assertThat(build(ReportRange.ALL, TODAY.plusDays(30), old).onPace()).as("nothing in two weeks").isNull();

        List<DailyProgress> good = List.of(day(TODAY.minusDays(3), done("t1")), day(TODAY, done("t1"), skipped("t2")));
        AnalyticsReport onPace = build(ReportRange.ALL, TODAY.plusDays(30), good);
        assertThat(onPace.recentCompletion()).isEqualTo(0.75);
        assertThat(onPace.onPace()).isTrue();
        assertThat(onPace.daysToTarget()).isEqualTo(30);
        assertThat(build(ReportRange.ALL, TODAY.minusDays(1), good).onPace()).as("past the target").isFalse();

        List<DailyProgress> poor = List.of(day(TODAY.minusDays(3), skipped("t1")), day(TODAY, done("t1"), skipped("t2")));
        assertThat(build(ReportRange.ALL, TODAY.plusDays(30), poor).onPace()).isFalse();
        assertThat(build(ReportRange.ALL, null, List.of()).hasData()).isFalse();
    }

    @Test
    void aMeasurableTasksAmountsComeByDayWithItsTargetAndEveryTaskWithItsRun() {
        app.rune.model.TaskTarget pages = new app.rune.model.TaskTarget(new java.math.BigDecimal("20"), "pages",
                app.rune.model.TargetKind.AT_LEAST);
        app.rune.model.DailyTask read = new app.rune.model.DailyTask("t1", "Read", null, null, 20, 1,
                TODAY.minusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC), null, pages, null);
        app.rune.model.UserGoals goals = new app.rune.model.UserGoals("ana", new app.rune.model.LongTermGoal("Read",
                null, null, app.rune.model.GoalStatus.ACTIVE, NOW, NOW), List.of(read), List.of(), List.of());
        List<DailyProgress> days = List.of(
                day(TODAY.minusDays(1), new TaskEntry("t1", "Read", false, null, null, null, null, null, List.of(),
                        new java.math.BigDecimal("12.5"))),
                day(TODAY, new TaskEntry("t1", "Read", true, null, null, null, null, null, List.of(),
                        new java.math.BigDecimal("25"))));
        History history = History.of(days, ZoneOffset.UTC);
        DuePlan plan = DuePlan.of(java.util.Optional.of(goals), ZoneOffset.UTC);

        AnalyticsReport report = ReportBuilder.build(AnalyticsCalculator.compute("ana", history, plan, TODAY, NOW),
                history, TODAY, ReportRange.ALL, null, id -> "Read", java.util.Map.of("t1", pages), Map.of());

        AnalyticsReport.TaskFigures figures = report.tasks().get(0);
        assertThat(figures.target()).isEqualTo(pages);
        assertThat(figures.amounts()).containsExactly(new AnalyticsReport.AmountPoint(TODAY.minusDays(1), 12.5),
                new AnalyticsReport.AmountPoint(TODAY, 25.0));
        // Due every day from ten days ago: yesterday (12.5 pages, short) broke the run; today makes one.
        assertThat(figures.streak()).isEqualTo(new app.rune.model.TaskStreak(1, 1, app.rune.model.StreakUnit.DAYS));
    }

    @Test
    void aWeeklyTasksWeeksComeWithTheTimesDoneAndWhetherTheyWereMet() {
        // 31 July 2025 is a Thursday; its week began on Monday 28 July.
        List<DailyProgress> days = List.of(day(TODAY.minusDays(10), done("run")), day(TODAY.minusDays(9), done("run")),
                day(TODAY.minusDays(8), done("run")), day(TODAY.minusDays(2), done("run")));
        History history = History.of(days, ZoneOffset.UTC);

        AnalyticsReport report = ReportBuilder.build(AnalyticsCalculator.compute("ana", history,
                DuePlan.EVERY_DAY_DUE, TODAY, NOW), history, TODAY, ReportRange.FOUR_WEEKS, null, id -> "Run",
                Map.of(), Map.of("run", app.rune.model.TaskSchedule.timesAWeek(3)));

        List<AnalyticsReport.PeriodPoint> weeks = report.tasks().get(0).periods();
        // The four weeks' range begins before anything was recorded: the weeks begin with the first record's.
        assertThat(weeks).extracting(AnalyticsReport.PeriodPoint::start).containsExactly(LocalDate.of(2025, 7, 21),
                LocalDate.of(2025, 7, 28));
        // 21, 22 and 23 July in the week of the 21st; the 29th in this one.
        assertThat(weeks.get(0).done()).isEqualTo(3);
        assertThat(weeks.get(0).met()).isTrue();
        assertThat(weeks.get(1).done()).isEqualTo(1);
        assertThat(weeks.get(1).met()).isFalse();
    }
}
