package app.rune.service.analytics;

import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What one day contributes to the figures, reduced from its {@code daily_progress} document once, so the
 * figures can be recomputed from memory in microseconds when a single day changes.
 *
 * @param completionHours the local hour (0..23) of every completion that has a time
 */
record DayStats(LocalDate date, boolean restDay, int entries, int completed, Map<String, Integer> obstacles,
        List<Integer> completionHours, Map<String, TaskStats> tasks) {

    /** One task's entries on the day: 0 or 1 normally, more only in hand-made data. */
    record TaskStats(int entries, int completed, int difficultySum, int difficultyCount, BigDecimal amountSum,
            int amountCount) {
        TaskStats plus(TaskStats other) {
            return new TaskStats(entries + other.entries, completed + other.completed,
                    difficultySum + other.difficultySum, difficultyCount + other.difficultyCount,
                    amountSum.add(other.amountSum), amountCount + other.amountCount);
        }

        /** Every count times {@code factor}: -1 takes a day's share away again (amounts add up exactly). */
        TaskStats times(int factor) {
            return new TaskStats(entries * factor, completed * factor, difficultySum * factor,
                    difficultyCount * factor, amountSum.multiply(BigDecimal.valueOf(factor)), amountCount * factor);
        }
    }

    static DayStats of(DailyProgress day, ZoneId zone) {
        int completed = 0;
        Map<String, Integer> obstacles = new HashMap<>();
        List<Integer> hours = new ArrayList<>();
        Map<String, TaskStats> tasks = new HashMap<>();
        for (TaskEntry entry : day.tasks()) {
            if (entry.completed()) {
                completed++;
                if (entry.completionTime() != null) {
                    hourIn(entry.completionTime(), zone).ifPresent(hours::add);
                }
            }
            // An entry counts an obstacle once, however often it is listed.
            new LinkedHashSet<>(entry.obstacles()).forEach(o -> obstacles.merge(o, 1, Integer::sum));
            Integer difficulty = entry.difficultyRating();
            BigDecimal amount = entry.amount();
            tasks.merge(entry.taskId(), new TaskStats(1, entry.completed() ? 1 : 0, difficulty == null ? 0 : difficulty,
                    difficulty == null ? 0 : 1, amount == null ? BigDecimal.ZERO : amount, amount == null ? 0 : 1),
                    TaskStats::plus);
        }
        return new DayStats(day.date(), Boolean.TRUE.equals(day.restDay()), day.tasks().size(), completed,
                Map.copyOf(obstacles), List.copyOf(hours), Map.copyOf(tasks));
    }

    /**
     * The local hour of {@code time}; none for an instant so near the end (or start) of time that the zone's
     * offset takes it past the last date there is (hand-made data can hold one: an import accepts any instant).
     */
    private static OptionalInt hourIn(Instant time, ZoneId zone) {
        try {
            return OptionalInt.of(time.atZone(zone).getHour());
        } catch (DateTimeException beyondTheCalendar) {
            return OptionalInt.empty();
        }
    }

    /** A day with at least one task entry that is not a rest day. */
    boolean isCheckInDay() {
        return !restDay && entries > 0;
    }

    /** A check-in day with something done. */
    boolean isStreakDay() {
        return isCheckInDay() && completed > 0;
    }
}
