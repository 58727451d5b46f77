package app.rune.service.analytics;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Running sums of days' figures, from which {@link AnalyticsCalculator} makes the document. Days can be added
 * and taken away in any order with the same result to the last bit: counts are whole numbers, and the one
 * fraction (the average share of tasks done) is summed from counts of each (done, entries) pair in a fixed
 * order, not day by day. So a changed day costs a few map updates instead of a pass over years of history.
 */
final class Totals {
    private int checkInDays;
    private int allDoneDays;
    /** How many check-in days had each (done, entries) pair: {@code done << 32 | entries}. */
    private final Map<Long, Integer> doneShares = new HashMap<>();
    private final Map<String, Integer> obstacles = new HashMap<>();
    private final int[] hours = new int[24];
    private final Map<String, DayStats.TaskStats> tasks = new HashMap<>();

    static Totals of(Iterable<DayStats> days) {
        Totals totals = new Totals();
        days.forEach(totals::add);
        return totals;
    }

    void add(DayStats day) {
        change(day, 1);
    }

    void remove(DayStats day) {
        change(day, -1);
    }

    /** Rest days are left out of every figure. */
    private void change(DayStats day, int sign) {
        if (day.restDay()) {
            return;
        }
        if (day.isCheckInDay()) {
            checkInDays += sign;
            if (day.completed() == day.entries()) {
                allDoneDays += sign;
            }
            count(doneShares, (long) day.completed() << 32 | day.entries(), sign);
        }
        day.obstacles().forEach((name, times) -> count(obstacles, name, sign * times));
        day.completionHours().forEach(hour -> hours[hour] += sign);
        day.tasks().forEach((id, stats) -> tasks.compute(id, (k, sum) -> {
            DayStats.TaskStats changed = sum == null ? stats.times(sign) : sum.plus(stats.times(sign));
            return changed.entries() == 0 ? null : changed;
        }));
    }

    private static <K> void count(Map<K, Integer> counts, K key, int by) {
        counts.compute(key, (k, n) -> {
            int total = (n == null ? 0 : n) + by;
            return total == 0 ? null : total;
        });
    }

    int checkInDays() {
        return checkInDays;
    }

    int allDoneDays() {
        return allDoneDays;
    }

    /** The sum over check-in days of (tasks done / tasks recorded), added up in the order of the pairs. */
    double doneShareSum() {
        double sum = 0;
        for (Map.Entry<Long, Integer> pair : new TreeMap<>(doneShares).entrySet()) {
            long key = pair.getKey();
            sum += pair.getValue() * ((double) (key >>> 32) / (int) key);
        }
        return sum;
    }

    Map<String, Integer> obstacles() {
        return obstacles;
    }

    int[] hours() {
        return hours.clone();
    }

    /** Per task id, in id order. */
    Map<String, DayStats.TaskStats> tasks() {
        return new TreeMap<>(tasks);
    }
}
