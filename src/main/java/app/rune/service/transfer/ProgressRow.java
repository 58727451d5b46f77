package app.rune.service.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One row of the progress export: how one task went on one day, with that day's check-in beside it. A day with a
 * check-in but no task entries is one row whose task fields are null, so the check-in is not lost.
 *
 * @param title the task's title from the person's goal; the title recorded that day when the goal no longer has
 *        the task; empty when neither is known
 * @param completionTime when the task was done, on the person's own clock (their time zone preference)
 * @param dayRating the day's {@code overall_day_rating}
 * @param mood the day's {@code mood_after_tasks}
 * @param dayNotes the day's {@code day_notes}: notes about the day that belong to no task entry
 */
public record ProgressRow(
        String userId,
        LocalDate date,
        String taskId,
        String title,
        Boolean completed,
        LocalDateTime completionTime,
        Integer difficulty,
        Integer satisfaction,
        String skipReason,
        List<String> obstacles,
        String notes,
        Integer dayRating,
        String mood,
        boolean restDay,
        BigDecimal amount,
        String unit,
        String dayNotes) {

    public ProgressRow {
        obstacles = obstacles == null ? List.of() : List.copyOf(obstacles);
    }

    /** False for the row of a day that has a check-in but no task entries. */
    public boolean hasTask() {
        return taskId != null;
    }
}
