package app.rune.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code daily_progress} document: what one user did on one local date. There is at most one per
 * (user_id, date). {@code restDay} is an addition to the seed: true marks a planned day off.
 */
public record DailyProgress(
        @JsonProperty("_id") String id,
        String userId,
        LocalDate date,
        List<TaskEntry> tasks,
        Integer overallDayRating,
        String moodAfterTasks,
        Instant checkInTime,
        Instant createdAt,
        Boolean restDay) implements StoredDocument {

    public DailyProgress {
        tasks = Lists.copy(tasks);
    }

    @Override
    @JsonIgnore
    public Collection collection() {
        return Collection.DAILY_PROGRESS;
    }
}
