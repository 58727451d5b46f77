package app.rune.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The {@code user_analytics} document: figures derived from the user's daily progress. Rates are between 0
 * and 1; {@code commonObstacles} counts task entries per obstacle tag.
 */
public record UserAnalytics(
        @JsonProperty("_id") String id,
        Double goalCompletionRate,
        Double averageTaskCompletion,
        StreakRecords streakRecords,
        Map<String, Integer> commonObstacles,
        List<LocalTime> bestPerformingTimes,
        Map<String, TaskTrend> taskDifficultyTrends,
        Instant lastUpdated,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, TaskStreak> taskStreaks) implements StoredDocument {

    public UserAnalytics {
        commonObstacles = Lists.copy(commonObstacles);
        bestPerformingTimes = Lists.copy(bestPerformingTimes);
        taskDifficultyTrends = Lists.copy(taskDifficultyTrends);
        taskStreaks = Lists.copy(taskStreaks);
    }

    /** Figures without per-task streaks, as the seed's document has them. */
    public UserAnalytics(String id, Double goalCompletionRate, Double averageTaskCompletion,
            StreakRecords streakRecords, Map<String, Integer> commonObstacles, List<LocalTime> bestPerformingTimes,
            Map<String, TaskTrend> taskDifficultyTrends, Instant lastUpdated) {
        this(id, goalCompletionRate, averageTaskCompletion, streakRecords, commonObstacles, bestPerformingTimes,
                taskDifficultyTrends, lastUpdated, null);
    }

    @Override
    @JsonIgnore
    public Collection collection() {
        return Collection.USER_ANALYTICS;
    }
}
