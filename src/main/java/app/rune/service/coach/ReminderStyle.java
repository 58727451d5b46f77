package app.rune.service.coach;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How reminders are worded, stored as {@code reminder_settings.reminder_message_style}: {@code friendly} (warm,
 * the seed's example), {@code brief} (one short line) or {@code detailed} (names what is left and why it matters).
 */
public enum ReminderStyle {
    FRIENDLY("friendly"), BRIEF("brief"), DETAILED("detailed");

    private final String code;

    ReminderStyle(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The style stored as {@code code}; an unknown or missing one reads as friendly. */
    public static ReminderStyle of(String code) {
        return parse(code).orElse(FRIENDLY);
    }

    public static Optional<ReminderStyle> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(lower)).findFirst();
    }
}
