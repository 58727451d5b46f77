package app.rune.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code daily_progress} document: what one user did on one local date. There is at most one per
 * (user_id, date). {@code restDay} is an addition to the seed: true marks a planned day off.
 *
 * @param dayNotes notes about the day that belong to no task entry of it (an addition to the seed, written only
 *     when there are some): today the notes another tracker kept on a day without an entry of its own, such as
 *     Loop Habit Tracker's note on a day it filled in by itself, each line {@code "Habit name: note"}
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
        Boolean restDay,
        @JsonInclude(JsonInclude.Include.NON_NULL) String dayNotes) implements StoredDocument {

    public DailyProgress {
        tasks = Lists.copy(tasks);
    }

    /** A day without notes of its own (every day Rune itself writes). */
    public DailyProgress(String id, String userId, LocalDate date, List<TaskEntry> tasks, Integer overallDayRating,
            String moodAfterTasks, Instant checkInTime, Instant createdAt, Boolean restDay) {
        this(id, userId, date, tasks, overallDayRating, moodAfterTasks, checkInTime, createdAt, restDay, null);
    }

    /** The same day with {@code changed} entries; everything else, the day's notes included, kept. */
    public DailyProgress withTasks(List<TaskEntry> changed) {
        return new DailyProgress(id, userId, date, changed, overallDayRating, moodAfterTasks, checkInTime, createdAt,
                restDay, dayNotes);
    }

    /** The same day with its evening check-in (rating, mood, time, rest day) replaced. */
    public DailyProgress withCheckIn(Integer rating, String mood, Instant time, Boolean rest) {
        return new DailyProgress(id, userId, date, tasks, rating, mood, time, createdAt, rest, dayNotes);
    }

    @Override
    @JsonIgnore
    public Collection collection() {
        return Collection.DAILY_PROGRESS;
    }
}
