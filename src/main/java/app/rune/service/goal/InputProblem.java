package app.rune.service.goal;

import app.rune.model.validation.StoredText;
import java.util.List;

/** What is wrong with one field of the goal or task form, as a message key of the UI bundle and its arguments. */
public record InputProblem(String key, List<Object> arguments) {
    public InputProblem {
        arguments = List.copyOf(arguments);
    }

    public static InputProblem of(String key, Object... arguments) {
        return new InputProblem(key, List.of(arguments));
    }

    /** What is wrong with a typed name or text that could not be stored as it is ({@code text.error.…}). */
    public static InputProblem of(StoredText.Flaw flaw) {
        return switch (flaw) {
            case EMPTY -> of("text.error.empty");
            case RESERVED -> of("text.error.reserved", StoredText.RESERVED_NAME);
            case NAME_TOO_LONG -> of("text.error.nameTooLong", StoredText.MAX_NAME_LENGTH);
            case TEXT_TOO_LONG -> of("text.error.textTooLong", StoredText.MAX_TEXT_LENGTH);
            case BROKEN_CHARACTER -> of("text.error.brokenCharacter");
        };
    }
}
