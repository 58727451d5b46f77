package app.rune.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * How one daily task went on one day. The task's title is copied in so that history reads right after the
 * task is renamed. Ratings are 1 to 5.
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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> obstacles) {

    public TaskEntry {
        obstacles = Lists.copy(obstacles);
    }
}
