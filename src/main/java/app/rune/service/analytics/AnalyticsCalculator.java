package app.rune.service.analytics;

import app.rune.model.StreakRecords;
import app.rune.model.TaskTrend;
import app.rune.model.UserAnalytics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of {@code user_analytics}, computed from a {@link History} as of a date. Rest days are left out
 * of every figure; a check-in day is a day with at least one task entry. One pass over the days, in date order,
 * so the same history always gives the same numbers to the last bit.
 */
final class AnalyticsCalculator {
    static final int BEST_HOURS = 3;

    private AnalyticsCalculator() {
    }

    static UserAnalytics compute(String userId, History history, LocalDate asOf, Instant now) {
        Collection<DayStats> days = history.upTo(asOf);
        int checkInDays = 0;
        int allDoneDays = 0;
        double ratioSum = 0;
        Map<String, Integer> obstacles = new TreeMap<>();
        int[] hours = new int[24];
        Map<String, DayStats.TaskStats> tasks = new TreeMap<>();
        for (DayStats day : days) {
            if (day.restDay()) {
                continue;
            }
            if (day.isCheckInDay()) {
                checkInDays++;
                ratioSum += (double) day.completed() / day.entries();
                if (day.completed() == day.entries()) {
                    allDoneDays++;
                }
            }
            day.obstacles().forEach((name, count) -> obstacles.merge(name, count, Integer::sum));
            day.completionHours().forEach(hour -> hours[hour]++);
            day.tasks().forEach((id, stats) -> tasks.merge(id, stats, DayStats.TaskStats::plus));
        }
        Streaks streaks = Streaks.of(history, asOf);
        return new UserAnalytics(userId,
                checkInDays == 0 ? 0.0 : (double) allDoneDays / checkInDays,
                checkInDays == 0 ? 0.0 : ratioSum / checkInDays,
                new StreakRecords(streaks.current(), streaks.longest(), streaks.currentStart()),
                sortedByCount(obstacles), bestHours(hours), trends(tasks), now);
    }

    /** Most frequent first, then by name, so the document reads the same every time. */
    private static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Up to three hours with the most completions, most first, ties by the earlier hour. */
    static List<LocalTime> bestHours(int[] hours) {
        List<Integer> order = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            if (hours[hour] > 0) {
                order.add(hour);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(h -> -hours[h]).thenComparingInt(h -> h));
        return order.stream().limit(BEST_HOURS).map(h -> LocalTime.of(h, 0)).toList();
    }

    private static Map<String, TaskTrend> trends(Map<String, DayStats.TaskStats> tasks) {
        Map<String, TaskTrend> trends = new LinkedHashMap<>();
        tasks.forEach((id, stats) -> trends.put(id, new TaskTrend(
                stats.difficultyCount() == 0 ? null : (double) stats.difficultySum() / stats.difficultyCount(),
                stats.entries() == 0 ? 0.0 : (double) stats.completed() / stats.entries())));
        return trends;
    }
}
