package app.rune.service.transfer;

import app.rune.model.validation.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, instants and times of day must be written in the one form an export writes them. Jackson also reads
 * other forms (a date and time where a date belongs, an offset, a leap second, a number, a list, lower case) and
 * the database would keep them rewritten, though an import stores documents exactly as given; so each other form
 * is refused, saying the form expected, rather than quietly changed.
 */
final class TimeForms {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern LEAP_SECOND = Pattern.compile("(.*[Tt]\\d{2}:\\d{2}):60(.*)");
    private static final String DATE_EXAMPLE = "2025-06-28";
    private static final String INSTANT_EXAMPLE = "2025-06-28T08:30:00Z";

    private TimeForms() {
    }

    /**
     * What is wrong with the form of {@code value} as a {@code type}, if it is one of the time types; empty when
     * the form is Rune's own (whether the value itself is valid, 30 February say, is then Jackson's to say).
     */
    static Optional<String> problem(Class<?> type, JsonNode value) {
        if (type == LocalDate.class) {
            return date(value);
        }
        if (type == Instant.class) {
            return instant(value);
        }
        if (type == LocalTime.class) {
            return timeOfDay(value);
        }
        return Optional.empty();
    }

    private static Optional<String> date(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.of(kind(value) + " is not a date; write it as text (YYYY-MM-DD), e.g. \"" + DATE_EXAMPLE
                    + "\"");
        }
        String text = value.textValue();
        if (DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        if (text.length() > 10 && DATE.matcher(text.substring(0, 10)).matches()) {
            return Optional.of(Problems.quote(text) + " must be a date alone (YYYY-MM-DD), e.g. "
                    + text.substring(0, 10));
        }
        return Optional.of(Problems.quote(text) + " is not a date (YYYY-MM-DD, e.g. " + DATE_EXAMPLE + ")");
    }

    private static Optional<String> instant(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.of(kind(value) + " is not a date and time; write it as text in UTC, e.g. \""
                    + INSTANT_EXAMPLE + "\"");
        }
        String text = value.textValue();
        Matcher leap = LEAP_SECOND.matcher(text);
        if (leap.matches()) {
            return Optional.of(Problems.quote(text) + " has second 60 (a leap second), which Rune cannot keep; write "
                    + Problems.printable(leap.group(1) + ":59" + leap.group(2)));
        }
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            return Optional.empty(); // not a date and time at all: Jackson says so, with an example
        }
        if (parsed.toString().equals(text)) {
            return Optional.empty();
        }
        if (!text.endsWith("Z") && !text.endsWith("z")) {
            return Optional.of(Problems.quote(text) + " must be UTC with a Z, e.g. " + parsed);
        }
        return Optional.of(Problems.quote(text) + " must be written " + parsed + ", as Rune writes it");
    }

    private static Optional<String> timeOfDay(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.of(kind(value) + " is not a time of day; write it as text (HH:mm), e.g. \"20:00\"");
        }
        String text = value.textValue();
        return TIME_OF_DAY.matcher(text).matches() ? Optional.empty()
                : Optional.of(Problems.quote(text) + " is not a time of day (HH:mm, e.g. 20:00)");
    }

    private static String kind(JsonNode value) {
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return Problems.printable(value.toString());
    }
}
