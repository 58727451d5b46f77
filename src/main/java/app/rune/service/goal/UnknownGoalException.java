package app.rune.service.goal;

import java.util.List;

/** A goal id that names none of the person's goals; the message lists the ids they have. */
public final class UnknownGoalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** At most this many ids are listed; `rune goals` lists them all. */
    static final int LISTED = 20;

    public UnknownGoalException(String userId, String goalId, List<String> known) {
        super(known.isEmpty() ? "There is no goal \"" + goalId + "\": " + userId + " has no goals yet."
                : "There is no goal \"" + goalId + "\" for " + userId + ". Goals: " + listed(known) + ".");
    }

    private static String listed(List<String> known) {
        if (known.size() <= LISTED) {
            return String.join(", ", known);
        }
        return String.join(", ", known.subList(0, LISTED)) + " and " + (known.size() - LISTED)
                + " more (rune goals lists them)";
    }
}
