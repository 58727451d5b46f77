package app.rune.service.analytics;

import app.rune.model.SchedulePeriod;
import app.rune.model.TaskStreak;
import app.rune.model.TaskTarget;
import app.rune.model.UserAnalytics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the Analytics screen draws, prepared away from the screen: the stored figures (all time), a
 * year of days for the heat map, and the charts' data for the chosen range.
 *
 * @param heatMap the last 52 weeks, oldest first, one entry per calendar day
 * @param rolling the 7-day rolling completion (0..1) for each day in range that has check-ins in its window
 * @param hours completions per local hour, 0..23, in range
 * @param daysToTarget days from today to the goal's target date (negative once past), null without one
 * @param recentCompletion the mean completion of the check-in days of the last two weeks, null without any
 */
public record AnalyticsReport(
        UserAnalytics figures,
        LocalDate today,
        ReportRange range,
        List<HeatDay> heatMap,
        List<RollingPoint> rolling,
        Map<String, Integer> obstacles,
        int[] hours,
        List<TaskFigures> tasks,
        LocalDate targetDate,
        Long daysToTarget,
        Double recentCompletion) {

    /** Two weeks at this share of tasks done or better is "on pace". */
    public static final double ON_PACE = 0.7;

    /** One calendar day: nothing recorded ({@code entries} 0), a rest day, or how much was done. */
    public record HeatDay(LocalDate date, int completed, int entries, boolean restDay) {
        public Double ratio() {
            return restDay || entries == 0 ? null : (double) completed / entries;
        }
    }

    public record RollingPoint(LocalDate date, double completion) {
    }

    /**
     * One task in range: how often it was done, how hard it felt (null when never rated), its own run (null
     * when it is not one of the plan's tasks), and for a measurable task its target and its amounts by day.
     */
    public record TaskFigures(String taskId, String title, int entries, double completionRate, Double avgDifficulty,
            TaskStreak streak, TaskTarget target, List<AmountPoint> amounts, List<PeriodPoint> periods) {
        public TaskFigures {
            amounts = amounts == null ? List.of() : List.copyOf(amounts);
            periods = periods == null ? List.of() : List.copyOf(periods);
        }
    }

    /**
     * A task N times a week (or month): one week (or month) in range, from {@code start}, with its completed
     * entries on days that were not rest days, and the times it asks for.
     */
    public record PeriodPoint(LocalDate start, SchedulePeriod every, int done, int times) {
        public boolean met() {
            return done >= times;
        }
    }

    /** A measurable task's amount on one day (the mean, should a hand-made day hold two entries). */
    public record AmountPoint(LocalDate date, double amount) {
    }

    public boolean hasData() {
        return heatMap.stream().anyMatch(d -> d.entries() > 0) || !rolling.isEmpty();
    }

    public Boolean onPace() {
        if (recentCompletion == null) {
            return null;
        }
        return recentCompletion >= ON_PACE && (daysToTarget == null || daysToTarget >= 0);
    }
}
