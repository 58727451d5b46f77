package app.rune.model;

/** One task's run, in its own unit: {@code {"current": 4, "longest": 12, "unit": "days"}}. */
public record TaskStreak(Integer current, Integer longest, StreakUnit unit) {
}
