package app.rune.model;

import java.time.Instant;

/** Something the coach is waiting for the person to do, such as {@code confirm_goal_breakdown}. */
public record PendingAction(String action, String context, Instant createdAt) {
}
