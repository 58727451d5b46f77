package app.rune.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalTime;
import java.util.List;

/**
 * What usually gets in the person's way and what helps; the size of tasks that suits them (minutes); and when
 * their day starts ({@code day_starts_at}, absent = midnight): a night owl's 02:30 tick with a day start of
 * 04:00 belongs to the day before.
 */
public record GoalPatterns(
        List<String> typicalObstacles,
        List<String> successPatterns,
        Integer preferredTaskDuration,
        Integer maxDailyTasks,
        LocalTime dayStartsAt) {

    /** The latest a day may start: a later start would move a morning's ticks to the day before. */
    public static final LocalTime LATEST_DAY_START = LocalTime.of(6, 0);

    public GoalPatterns {
        typicalObstacles = Lists.copy(typicalObstacles);
        successPatterns = Lists.copy(successPatterns);
    }

    public GoalPatterns(List<String> typicalObstacles, List<String> successPatterns, Integer preferredTaskDuration,
            Integer maxDailyTasks) {
        this(typicalObstacles, successPatterns, preferredTaskDuration, maxDailyTasks, null);
    }

    /** When the person's day starts: midnight unless they said otherwise. */
    @JsonIgnore
    public LocalTime dayStart() {
        return dayStartsAt == null ? LocalTime.MIDNIGHT : dayStartsAt;
    }

    public GoalPatterns withDayStartsAt(LocalTime start) {
        return new GoalPatterns(typicalObstacles, successPatterns, preferredTaskDuration, maxDailyTasks,
                start == null || start.equals(LocalTime.MIDNIGHT) ? null : start);
    }
}
