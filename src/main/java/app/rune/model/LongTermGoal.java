package app.rune.model;

import java.time.Instant;
import java.time.LocalDate;

/** The goal itself, in the person's final wording. */
public record LongTermGoal(
        String title,
        String description,
        LocalDate targetDate,
        GoalStatus status,
        Instant createdAt,
        Instant updatedAt) {
}
