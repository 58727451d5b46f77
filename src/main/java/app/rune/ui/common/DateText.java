package app.rune.ui.common;

import app.rune.service.DateStyle;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.util.StringConverter;

/**
 * How every screen writes dates: in the locale's long form, the one the coach writes into its sentences
 * ({@link DateStyle}), so a goal's wording, its date field and its header say "June 3, 2027" alike. A day that is
 * named on its own (Today's title, a backup) adds its weekday; chart axes, short of room, use the medium form.
 */
public final class DateText {
    private final DateStyle style;
    private final Locale locale;
    private final DateTimeFormatter withWeekday;
    private final DateTimeFormatter medium;
    private final DateTimeFormatter clock;
    private final List<DateTimeFormatter> typed;

    public DateText(Locale locale) {
        this.style = new DateStyle(locale);
        this.locale = locale;
        this.withWeekday = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.clock = DateTimeFormatter.ofPattern("HH:mm", locale);
        // Typed dates are read leniently, so "6/3/2027" counts where the short form writes "6/3/27".
        this.typed = List.of(lenient(FormatStyle.MEDIUM, locale), lenient(FormatStyle.SHORT, locale),
                DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static DateTimeFormatter lenient(FormatStyle style, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendLocalized(style, null)
                .toFormatter(locale);
    }

    /** As the person's computer writes dates (its format locale), as the coach's services do. */
    public static DateText ofDefaultLocale() {
        return new DateText(Locale.getDefault(Locale.Category.FORMAT));
    }

    public Locale locale() {
        return locale;
    }

    /** "June 3, 2027". */
    public String date(LocalDate date) {
        return style.format(date);
    }

    /** "Thursday, June 3, 2027": a day named on its own. */
    public String day(LocalDate date) {
        return withWeekday.format(date);
    }

    /** "Jun 3, 2027": where there is little room, as on a chart's axis. */
    public String shortDate(LocalDate date) {
        return medium.format(date);
    }

    /** "Thu 16:05": when a message came, in the week it belongs to (times are on the 24-hour clock throughout). */
    public String weekdayAndTime(ZonedDateTime when) {
        return weekday(when.getDayOfWeek()) + " " + clock.format(when);
    }

    /** "Mon". */
    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }

    /** "Jan": a month named on its own, as over a calendar's columns. */
    public String month(Month month) {
        return month.getDisplayName(TextStyle.SHORT_STANDALONE, locale);
    }

    /** The day a week starts on where the person lives: Sunday in the US, Monday in most of Europe. */
    public DayOfWeek firstDayOfWeek() {
        return WeekFields.of(locale).getFirstDayOfWeek();
    }

    /**
     * For a date picker: shows a date as {@link #date} does, and reads it back, or a date typed in the locale's
     * medium or short form, or as 2027-06-03. Anything else reads as no date (null), so the picker keeps its last.
     */
    public StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return read(text).orElse(null);
            }
        };
    }

    /** A date as a person might type it: in the long form, the medium or the short one, or ISO's. */
    public Optional<LocalDate> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> written = style.parse(text);
        if (written.isPresent()) {
            return written;
        }
        for (DateTimeFormatter form : typed) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), form));
            } catch (DateTimeException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
