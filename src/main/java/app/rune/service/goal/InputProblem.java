package app.rune.service.goal;

import java.util.List;

/** What is wrong with one field of the goal or task form, as a message key of the UI bundle and its arguments. */
public record InputProblem(String key, List<Object> arguments) {
    public InputProblem {
        arguments = List.copyOf(arguments);
    }

    public static InputProblem of(String key, Object... arguments) {
        return new InputProblem(key, List.of(arguments));
    }
}
