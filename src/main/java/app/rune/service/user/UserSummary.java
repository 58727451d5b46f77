package app.rune.service.user;

import java.util.Optional;

/** What the main window shows about the person at a glance: their goal (if any), their current and longest streak. */
public record UserSummary(String userId, String goalTitle, int currentStreak, int longestStreak) {

    public boolean hasGoal() {
        return goalTitle != null;
    }

    public Optional<String> goal() {
        return Optional.ofNullable(goalTitle);
    }
}
