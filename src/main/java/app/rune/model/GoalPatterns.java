package app.rune.model;

import java.util.List;

/** What usually gets in the person's way and what helps; the size of tasks that suits them (minutes). */
public record GoalPatterns(
        List<String> typicalObstacles,
        List<String> successPatterns,
        Integer preferredTaskDuration,
        Integer maxDailyTasks) {

    public GoalPatterns {
        typicalObstacles = Lists.copy(typicalObstacles);
        successPatterns = Lists.copy(successPatterns);
    }
}
