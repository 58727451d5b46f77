package app.rune.service.goal;

import java.util.List;

/**
 * One criterion checked: met or not, and what the coach says about it, as a key of the
 * {@code app.rune.coach.goals} bundle with its {@link java.text.MessageFormat} arguments.
 */
public record Finding(Criterion criterion, boolean met, String messageKey, List<String> arguments) {
    public Finding {
        arguments = List.copyOf(arguments);
    }
}
