package app.rune.service.analytics;

import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import app.rune.model.TaskSchedule;
import app.rune.model.SchedulePeriod;
import java.util.HashMap;
import app.rune.model.TaskTarget;
import app.rune.model.UserAnalytics;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Turns a {@link History} into an {@link AnalyticsReport}; plain arithmetic over the per-day figures. */
final class ReportBuilder {
    static final int HEAT_DAYS = 52 * 7;
    static final int ROLLING_DAYS = 7;
    static final int RECENT_DAYS = 14;

    private ReportBuilder() {
    }

    static AnalyticsReport build(UserAnalytics figures, History history, LocalDate today, ReportRange range,
            LocalDate targetDate, Function<String, String> titles) {
        return build(figures, history, today, range, targetDate, titles, Map.of(), Map.of());
    }

    /**
     * @param targets the measurable tasks' targets, by task id
     * @param flexible the schedules of the tasks done N times a week or month, by task id
     */
    static AnalyticsReport build(UserAnalytics figures, History history, LocalDate today, ReportRange range,
            LocalDate targetDate, Function<String, String> titles, Map<String, TaskTarget> targets,
            Map<String, TaskSchedule> flexible) {
        LocalDate first = range.firstDay(today);
        List<AnalyticsReport.HeatDay> heat = new ArrayList<>();
        for (LocalDate d = today.minusDays(HEAT_DAYS - 1L); !d.isAfter(today); d = d.plusDays(1)) {
            DayStats day = history.day(d);
            heat.add(day == null ? new AnalyticsReport.HeatDay(d, 0, 0, false)
                    : new AnalyticsReport.HeatDay(d, day.completed(), day.entries(), day.restDay()));
        }
        List<AnalyticsReport.RollingPoint> rolling = new ArrayList<>();
        Deque<DayStats> window = new ArrayDeque<>();
        Map<String, Integer> obstacles = new TreeMap<>();
        int[] hours = new int[24];
        Map<String, DayStats.TaskStats> tasks = new TreeMap<>();
        Map<String, List<AnalyticsReport.AmountPoint>> amounts = new HashMap<>();
        for (DayStats day : history.upTo(today)) {
            window.addLast(day);
            while (window.getFirst().date().isBefore(day.date().minusDays(ROLLING_DAYS - 1L))) {
                window.removeFirst();
            }
            if (day.date().isBefore(first) || day.restDay()) {
                continue;
            }
            rollingAt(window).ifPresent(value -> rolling.add(new AnalyticsReport.RollingPoint(day.date(), value)));
            day.obstacles().forEach((name, count) -> obstacles.merge(name, count, Integer::sum));
            day.completionHours().forEach(hour -> hours[hour]++);
            day.tasks().forEach((id, stats) -> {
                tasks.merge(id, stats, DayStats.TaskStats::plus);
                if (stats.amountCount() > 0 && targets.containsKey(id)) {
                    amounts.computeIfAbsent(id, k -> new ArrayList<>()).add(new AnalyticsReport.AmountPoint(
                            day.date(), stats.amountSum().doubleValue() / stats.amountCount()));
                }
            });
        }
        List<AnalyticsReport.TaskFigures> taskFigures = new ArrayList<>();
        tasks.forEach((id, stats) -> taskFigures.add(new AnalyticsReport.TaskFigures(id, titles.apply(id),
                stats.entries(), stats.entries() == 0 ? 0 : (double) stats.completed() / stats.entries(),
                stats.difficultyCount() == 0 ? null : (double) stats.difficultySum() / stats.difficultyCount(),
                figures.taskStreaks().get(id), targets.get(id), amounts.get(id),
                flexible.containsKey(id) ? periods(history, id, flexible.get(id), first, today) : null)));
        Long daysToTarget = targetDate == null ? null : ChronoUnit.DAYS.between(today, targetDate);
        return new AnalyticsReport(figures, today, range, heat, rolling, Counts.sortedByCount(obstacles), hours,
                taskFigures, targetDate, daysToTarget, recent(history, today));
    }

    /** A flexible task's weeks (or months) in range, oldest first, each with its completed entries. */
    private static List<AnalyticsReport.PeriodPoint> periods(History history, String taskId, TaskSchedule schedule,
            LocalDate first, LocalDate today) {
        boolean weeks = schedule.every() != SchedulePeriod.MONTH;
        DayGrid days = history.grid(today);
        List<AnalyticsReport.PeriodPoint> points = new ArrayList<>();
        if (days.isEmpty()) {
            return points;
        }
        // "Everything" begins with the first recorded day, not with the calendar.
        first = first.isBefore(days.first()) ? days.first() : first;
        LocalDate start = weeks ? first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : first.withDayOfMonth(1);
        while (!start.isAfter(today)) {
            LocalDate end = weeks ? start.plusDays(6) : start.with(TemporalAdjusters.lastDayOfMonth());
            points.add(new AnalyticsReport.PeriodPoint(start, schedule.every(), days.completed(taskId, start, end),
                    schedule.times()));
            start = end.plusDays(1);
        }
        return points;
    }

    /** The mean completion of the check-in days in the window; empty when it has none. */
    private static Optional<Double> rollingAt(Deque<DayStats> window) {
        double sum = 0;
        int count = 0;
        for (DayStats day : window) {
            if (day.isCheckInDay()) {
                sum += (double) day.completed() / day.entries();
                count++;
            }
        }
        return count == 0 ? Optional.empty() : Optional.of(sum / count);
    }

    private static Double recent(History history, LocalDate today) {
        double sum = 0;
        int count = 0;
        for (DayStats day : history.upTo(today)) {
            if (!day.date().isBefore(today.minusDays(RECENT_DAYS - 1L)) && day.isCheckInDay()) {
                sum += (double) day.completed() / day.entries();
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }

}
