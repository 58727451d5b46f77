package app.rune.service.goal;

import java.util.List;

/** A goal id that names none of the person's goals; the message lists the ids they have. */
public final class UnknownGoalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownGoalException(String userId, String goalId, List<String> known) {
        super(known.isEmpty() ? "There is no goal \"" + goalId + "\": " + userId + " has no goals yet."
                : "There is no goal \"" + goalId + "\" for " + userId + ". Goals: " + String.join(", ", known) + ".");
    }
}
