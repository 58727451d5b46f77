package app.rune.service.analytics;

import app.rune.model.StreakRecords;
import app.rune.model.TaskTrend;
import app.rune.model.UserAnalytics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of {@code user_analytics}, computed from a {@link History} as of a date. Rest days are left out
 * of every figure; a check-in day is a day with at least one task entry. The sums come from {@link Totals}, so
 * the same history always gives the same numbers to the last bit, however it was built up.
 */
final class AnalyticsCalculator {
    static final int BEST_HOURS = 3;

    private AnalyticsCalculator() {
    }

    static UserAnalytics compute(String userId, History history, DuePlan plan, LocalDate asOf, Instant now) {
        Totals totals = history.totalsUpTo(asOf);
        int checkInDays = totals.checkInDays();
        DayGrid days = history.grid(asOf);
        Streaks streaks = Streaks.of(days, plan, asOf);
        return new UserAnalytics(userId,
                checkInDays == 0 ? 0.0 : (double) totals.allDoneDays() / checkInDays,
                checkInDays == 0 ? 0.0 : totals.doneShareSum() / checkInDays,
                new StreakRecords(streaks.current(), streaks.longest(), streaks.currentStart()),
                Counts.sortedByCount(totals.obstacles()), bestHours(totals.hours()), trends(totals.tasks()), now,
                TaskStreaks.of(days, plan, asOf));
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
                stats.entries() == 0 ? 0.0 : (double) stats.completed() / stats.entries(),
                stats.amountCount() == 0 ? null : stats.amountSum().doubleValue() / stats.amountCount())));
        return trends;
    }
}
