package app.rune.service;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * How a date is written for people, the one place that says it: the locale's long form ("June 3, 2027" in
 * American English, "3 June 2027" in British English, "3. Juni 2027" in German). The coach writes its dates into
 * sentences with it ("… by June 3, 2027"), and every screen shows its dates in the same form.
 */
public final class DateStyle {
    private final Locale locale;
    private final DateTimeFormatter longForm;

    public DateStyle(Locale locale) {
        this.locale = locale;
        this.longForm = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendLocalized(FormatStyle.LONG, null).toFormatter(locale);
    }

    /** The style of the person's computer: its format locale. */
    public static DateStyle ofDefaultLocale() {
        return new DateStyle(Locale.getDefault(Locale.Category.FORMAT));
    }

    public Locale locale() {
        return locale;
    }

    public String format(LocalDate date) {
        return longForm.format(date);
    }

    /**
     * A date written in this form, as the whole of {@code text} (surrounding spaces and letter case aside): only
     * a real date ("June 31" is none) with a four-digit year.
     */
    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String written = text.strip();
        try {
            LocalDate date = LocalDate.parse(written, longForm);
            boolean real = format(date).equalsIgnoreCase(written);
            return real && date.getYear() >= 1000 && date.getYear() <= 9999 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException notThisForm) {
            return Optional.empty();
        }
    }

    /** Where a date written in this form stands in a text, and which date it is. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** The first date written in this form in {@code text}: how the coach finds its own dates again. */
    public Optional<Found> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int start = 0; start < text.length(); start++) {
            if (!Character.isLetterOrDigit(text.charAt(start))
                    || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            ParsePosition position = new ParsePosition(start);
            if (longForm.parseUnresolved(text, position) == null || position.getErrorIndex() >= 0) {
                continue;
            }
            int end = position.getIndex();
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            Optional<LocalDate> date = parse(text.substring(start, end));
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), start, end));
            }
        }
        return Optional.empty();
    }
}
