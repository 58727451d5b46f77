package app.rune.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How one daily task went on one day. The task's title is copied in so that history reads right after the
 * task is renamed. Ratings are 1 to 5. A measurable task's entry holds the {@code amount} done, and
 * {@code completed} then says whether it met the task's target that day.
 */
public record TaskEntry(
        String taskId,
        String taskTitle,
        boolean completed,
        Instant completionTime,
        String notes,
        Integer difficultyRating,
        Integer satisfactionRating,
        String skipReason,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> obstacles,
        BigDecimal amount) {

    public TaskEntry {
        obstacles = Lists.copy(obstacles);
        amount = Amounts.plain(amount);
    }

    /** An entry of a yes/no task (no amount). */
    public TaskEntry(String taskId, String taskTitle, boolean completed, Instant completionTime, String notes,
            Integer difficultyRating, Integer satisfactionRating, String skipReason, List<String> obstacles) {
        this(taskId, taskTitle, completed, completionTime, notes, difficultyRating, satisfactionRating, skipReason,
                obstacles, null);
    }

    /** A planned task not yet touched that day: written so that the day counts it as not done. */
    public static TaskEntry untouched(String taskId, String taskTitle) {
        return new TaskEntry(taskId, taskTitle, false, null, null, null, null, null, null, null);
    }

    public TaskEntry withAmount(BigDecimal done, boolean met) {
        return new TaskEntry(taskId, taskTitle, met, completionTime, notes, difficultyRating, satisfactionRating,
                skipReason, obstacles, done);
    }
}
