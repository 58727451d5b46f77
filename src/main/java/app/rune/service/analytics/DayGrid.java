package app.rune.service.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * The days from a history's first to the as-of day laid out in arrays, one slot a calendar day, built in one pass
 * over the recorded days and then kept by the {@link History}, which rewrites one slot when one day changes: the
 * streaks walk plain arrays rather than looking every calendar day up in the history's map, which a tick would
 * otherwise pay for ten years of days and every task.
 */
final class DayGrid {
    private final LocalDate first;
    private final long firstEpochDay;
    private final int size;
    private final boolean[] rest;
    private final boolean[] streak;
    /** Completed entries per day and task, rest days already left out (they count for nothing). */
    private final Map<String, int[]> completed = new HashMap<>();

    private DayGrid(LocalDate first, int size) {
        this.first = first;
        this.firstEpochDay = first.toEpochDay();
        this.size = size;
        this.rest = new boolean[size];
        this.streak = new boolean[size];
    }

    /** The grid from the history's first day to {@code asOf}; empty when nothing is recorded by then. */
    static DayGrid of(History history, LocalDate asOf) {
        LocalDate first = history.firstDate();
        if (first == null || first.isAfter(asOf)) {
            return new DayGrid(asOf, 0);
        }
        DayGrid grid = new DayGrid(first, (int) ChronoUnit.DAYS.between(first, asOf) + 1);
        for (DayStats day : history.upTo(asOf)) {
            grid.put(day);
        }
        return grid;
    }

    /**
     * Puts a day's figures in its slot, in place of what was there (a tick changes one day: the grid is kept
     * and only its slot rewritten). Returns false for a day outside the grid, which must then be built again.
     */
    boolean put(DayStats day) {
        int at = index(day.date());
        if (at < 0) {
            return false;
        }
        rest[at] = day.restDay();
        streak[at] = day.isStreakDay();
        for (int[] counts : completed.values()) {
            counts[at] = 0;
        }
        if (!day.restDay()) {
            for (Map.Entry<String, DayStats.TaskStats> task : day.tasks().entrySet()) {
                int done = task.getValue().completed();
                if (done > 0) {
                    completed.computeIfAbsent(task.getKey(), t -> new int[size])[at] += done;
                }
            }
        }
        return true;
    }

    /** Clears a day's slot (its record was removed); false for a day outside the grid. */
    boolean clear(LocalDate date) {
        int at = index(date);
        if (at < 0) {
            return false;
        }
        rest[at] = false;
        streak[at] = false;
        for (int[] counts : completed.values()) {
            counts[at] = 0;
        }
        return true;
    }

    long firstEpochDay() {
        return firstEpochDay;
    }

    int size() {
        return size;
    }

    boolean restAt(int at) {
        return rest[at];
    }

    boolean streakAt(int at) {
        return streak[at];
    }

    boolean isEmpty() {
        return size == 0;
    }

    LocalDate first() {
        return first;
    }

    /** The day's slot: 0 for the first day; outside 0 .. size - 1 for a day outside the grid. */
    int index(LocalDate date) {
        long at = date.toEpochDay() - firstEpochDay;
        return at < 0 || at >= size ? -1 : (int) at;
    }

    /** The completed entries of {@code task} per slot; null when it has none. Read, never written. */
    int[] completedBy(String task) {
        return completed.get(task);
    }

    /** Completed entries of {@code task} from {@code from} to {@code to}, both included, rest days left out. */
    int completed(String task, LocalDate from, LocalDate to) {
        int[] counts = completed.get(task);
        if (counts == null || size == 0) {
            return 0;
        }
        int start = (int) Math.max(0, from.toEpochDay() - firstEpochDay);
        int end = (int) Math.min(size - 1L, to.toEpochDay() - firstEpochDay);
        int done = 0;
        for (int i = start; i <= end; i++) {
            done += counts[i];
        }
        return done;
    }
}
