package app.rune.service.analytics;

import app.rune.model.DailyTask;
import app.rune.model.TaskStreak;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

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
    /** How often each task's completions changed since the grid was built; a rest day changes every task's. */
    private final Map<String, Integer> changes = new HashMap<>();
    private int restChanges;
    /** Each task's streak as last computed, kept while neither its completions nor its plan change. */
    private final Map<String, KeptStreak> kept = new HashMap<>();

    /** A task's streak, computed for the plan it had, as of a day, at a count of its changes. */
    record KeptStreak(DailyTask task, LocalDate from, LocalDate until, LocalDate asOf, int changes, int restChanges,
            TaskStreak streak) {
    }

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
        Map<String, Integer> done = new HashMap<>();
        if (!day.restDay()) {
            for (Map.Entry<String, DayStats.TaskStats> task : day.tasks().entrySet()) {
                if (task.getValue().completed() > 0) {
                    done.merge(task.getKey(), task.getValue().completed(), Integer::sum);
                }
            }
        }
        write(at, day.restDay(), day.isStreakDay(), done);
        return true;
    }

    /** Clears a day's slot (its record was removed); false for a day outside the grid. */
    boolean clear(LocalDate date) {
        int at = index(date);
        if (at < 0) {
            return false;
        }
        write(at, false, false, Map.of());
        return true;
    }

    /** Writes one slot, counting a change for each task whose completions there differ from before. */
    private void write(int at, boolean restDay, boolean streakDay, Map<String, Integer> done) {
        if (rest[at] != restDay) {
            restChanges++;
        }
        rest[at] = restDay;
        streak[at] = streakDay;
        for (Map.Entry<String, int[]> task : completed.entrySet()) {
            int now = done.getOrDefault(task.getKey(), 0);
            if (task.getValue()[at] != now) {
                task.getValue()[at] = now;
                changes.merge(task.getKey(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> task : done.entrySet()) {
            if (!completed.containsKey(task.getKey())) {
                completed.computeIfAbsent(task.getKey(), t -> new int[size])[at] = task.getValue();
                changes.merge(task.getKey(), 1, Integer::sum);
            }
        }
    }

    /** {@code task}'s streak as of {@code asOf} when kept for the same plan and nothing of it changed since. */
    TaskStreak keptStreak(DuePlan.PlannedTask task, LocalDate asOf) {
        KeptStreak k = kept.get(task.task().id());
        if (k == null || !k.asOf().equals(asOf) || k.changes() != changes.getOrDefault(task.task().id(), 0)
                || k.restChanges() != restChanges || !k.task().equals(task.task()) || !k.from().equals(task.from())
                || !Objects.equals(k.until(), task.until())) {
            return null;
        }
        return k.streak();
    }

    void keepStreak(DuePlan.PlannedTask task, LocalDate asOf, TaskStreak streak) {
        kept.put(task.task().id(), new KeptStreak(task.task(), task.from(), task.until(), asOf,
                changes.getOrDefault(task.task().id(), 0), restChanges, streak));
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
