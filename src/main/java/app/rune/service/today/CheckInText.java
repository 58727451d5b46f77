package app.rune.service.today;

import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import app.rune.model.validation.DocumentValidator;
import app.rune.model.validation.Problem;
import app.rune.model.validation.Problems;
import app.rune.model.validation.StoredText;
import app.rune.service.goal.InputProblem;
import java.util.List;
import java.util.Optional;

/**
 * The free text of a day's record (notes, skip reasons, obstacles, the mood) held to the rules an import and a
 * restore apply ({@link StoredText}, {@link DocumentValidator}), so that a day Rune records is always a day its
 * backup can bring back. An obstacle name becomes a field name of the analytics, so it is a name: not empty,
 * not {@value StoredText#RESERVED_NAME}, at most {@value StoredText#MAX_NAME_LENGTH} characters.
 */
public final class CheckInText {
    private CheckInText() {
    }

    /** What is wrong with {@code typed} as an obstacle, as a key of the UI bundle; for the obstacle field. */
    public static Optional<InputProblem> obstacle(String typed) {
        return StoredText.nameFlaw(typed == null ? null : typed.strip()).map(InputProblem::of);
    }

    /**
     * Refuses {@code day} if any of its text could be stored but not restored: called with the changed day just
     * before it is written, so nothing is written when it throws.
     *
     * @throws InvalidCheckInException naming the field (obstacle, notes, reason, mood) and what is wrong with it
     */
    public static void requireStorable(DailyProgress day) {
        for (TaskEntry entry : day.tasks()) {
            for (String obstacle : entry.obstacles()) {
                StoredText.nameFlaw(obstacle).ifPresent(flaw -> refuse("Obstacle", obstacle, flaw));
            }
            StoredText.valueFlaw(entry.notes()).ifPresent(flaw -> refuse("Notes", entry.notes(), flaw));
            StoredText.valueFlaw(entry.skipReason()).ifPresent(flaw -> refuse("Reason", entry.skipReason(), flaw));
        }
        StoredText.valueFlaw(day.moodAfterTasks()).ifPresent(flaw -> refuse("Mood", day.moodAfterTasks(), flaw));
        // Whatever else the import would refuse: text that came from elsewhere (a task's title, say).
        List<Problem> problems = new DocumentValidator().validate(day, "");
        if (!problems.isEmpty()) {
            String message = "This day cannot be recorded: " + problems.get(0) + ".";
            throw new InvalidCheckInException("today.error.notStorable", message, message);
        }
    }

    private static void refuse(String what, String value, StoredText.Flaw flaw) {
        String message = what + " " + Problems.quote(value == null ? "" : value) + ": "
                + StoredText.describe(flaw, value) + ".";
        throw new InvalidCheckInException("today.error.notStorable", message, message);
    }
}
