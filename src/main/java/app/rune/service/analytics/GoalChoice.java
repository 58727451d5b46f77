package app.rune.service.analytics;

/** A goal the figures can be limited to: its id and title. */
public record GoalChoice(String goalId, String title) {
}
