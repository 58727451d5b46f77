package app.rune.service.goal;

/** How much the person wants to take on each day: from {@code user_preferences.goal_patterns}. */
public record PlanningLimits(int preferredTaskMinutes, int maxDailyTasks) {
    public PlanningLimits {
        if (preferredTaskMinutes < 1 || maxDailyTasks < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public int dailyMinutes() {
        return preferredTaskMinutes * maxDailyTasks;
    }
}
