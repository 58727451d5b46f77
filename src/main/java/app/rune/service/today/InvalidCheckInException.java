package app.rune.service.today;

import java.util.List;

/**
 * A tick, skip or check-in that cannot be recorded as asked (a future date, an unknown task, a rating outside
 * 1..5); nothing was written. The message key and arguments are in the UI bundle; {@link #getMessage()} is
 * the English text the command line prints.
 */
public final class InvalidCheckInException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> arguments;

    public InvalidCheckInException(String key, String message, Object... arguments) {
        super(message);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
