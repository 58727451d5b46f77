package app.rune.service.transfer.loop;

import java.util.Locale;
import java.util.Optional;

/**
 * What Loop Habit Tracker recorded for a yes/no habit on one day. A backup stores the code, its CSV export the word
 * (older versions wrote the code there too).
 */
enum LoopValue {
    /** The person ticked the day. */
    YES_MANUAL(2),
    /** Loop filled the day in itself: it counts towards a "3 times a week" habit's period, not as a tick. */
    YES_AUTO(1),
    /** The person marked the day as not done. */
    NO(0),
    /** The person skipped the day on purpose (Loop does not count it against the habit). */
    SKIP(3),
    /** Nothing was recorded. */
    UNKNOWN(-1);

    private final int code;

    LoopValue(int code) {
        this.code = code;
    }

    static Optional<LoopValue> ofCode(long code) {
        for (LoopValue value : values()) {
            if (value.code == code) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** A word of the CSV export ({@code YES_MANUAL}, ...), or a code written as a number by older versions. */
    static Optional<LoopValue> ofText(String text) {
        String word = text.strip().toUpperCase(Locale.ROOT);
        for (LoopValue value : values()) {
            if (value.name().equals(word)) {
                return Optional.of(value);
            }
        }
        try {
            return ofCode(Long.parseLong(word));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
