package app.rune.service.goal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when a goal is meant to be reached in the words people use: "by 2026-03-01", "by June", "by the end
 * of March 2026", "in 6 months", "within three weeks", "by the end of the year", "this summer", "next month".
 */
final class TimeFrame {
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("few", 3),
            Map.entry("couple of", 2), Map.entry("half a", 0));
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:in|within|over|for)(?: the next)? (\\d+|"
            + String.join("|", NUMBER_WORDS.keySet()) + ") (days?|weeks?|months?|years?)\\b");
    private static final Pattern HALF_YEAR = Pattern.compile("\\b(?:in|within) (?:half a year|six months)\\b");
    private static final Pattern MONTH_DATE = Pattern.compile("\\b(?:(?:by|before|until|till|in|on|end of|the end of)"
            + " )?(?:(\\d{1,2})(?:st|nd|rd|th)? (?:of )?)?(" + MONTHS + ")\\.?(?: (\\d{1,2})(?:st|nd|rd|th)?)?,?(?: (\\d{4}))?\\b");
    private static final Pattern END_OF_YEAR = Pattern.compile("\\b(?:by |before )?(?:the )?end of (?:the |this )?year\\b"
            + "|\\bthis year\\b|\\bby (?:new year|christmas)\\b");
    private static final Pattern NEXT = Pattern.compile("\\b(?:by |before )?(next|this) (week|month|year|summer|winter|spring|autumn|fall)\\b");
    private static final Pattern BY_YEAR = Pattern.compile("\\b(?:by|before|in|until) (\\d{4})\\b");

    private TimeFrame() {
    }

    /** The date the text names, relative to {@code today}; empty when it names none. */
    static Optional<LocalDate> find(String text, LocalDate today) {
        String lower = GoalKindDetector.normalize(text);
        try {
            return iso(lower).or(() -> slashed(lower)).or(() -> relative(lower, today))
                    .or(() -> monthDate(lower, today)).or(() -> named(lower, today)).or(() -> byYear(lower));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The text without the first way of saying when it names, so a proposal can put its own date in:
     * "Run 5 km in 2 weeks" becomes "Run 5 km".
     */
    static String strip(String text) {
        String result = text;
        for (Pattern pattern : new Pattern[] {ISO, SLASHED, RELATIVE, HALF_YEAR, END_OF_YEAR, NEXT, BY_YEAR}) {
            Matcher m = Pattern.compile(pattern.pattern(), Pattern.CASE_INSENSITIVE).matcher(result);
            if (m.find()) {
                result = result.substring(0, m.start()) + result.substring(m.end());
                return tidy(result);
            }
        }
        Matcher month = Pattern.compile(MONTH_DATE.pattern(), Pattern.CASE_INSENSITIVE).matcher(result);
        while (month.find()) {
            if (month.group(2).equalsIgnoreCase("may") && month.group(1) == null && month.group(3) == null
                    && month.group(4) == null) {
                continue;
            }
            return tidy(result.substring(0, month.start()) + result.substring(month.end()));
        }
        return tidy(result);
    }

    /** Removes what a cut leaves behind: a dangling "by" or "in", doubled spaces, a trailing comma. */
    private static String tidy(String text) {
        return text.replaceAll("(?i)\\s+(by|before|until|in|within|on|the end of|end of)\\s*$", "")
                .replaceAll("\\s{2,}", " ").replaceAll("[\\s,.;:]+$", "").strip();
    }

    private static Optional<LocalDate> iso(String text) {
        Matcher m = ISO.matcher(text);
        return m.find() ? date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : Optional.empty();
    }

    /** Day first, as most of the world writes it; 03/04/2026 is the 3rd of April. */
    private static Optional<LocalDate> slashed(String text) {
        Matcher m = SLASHED.matcher(text);
        return m.find() ? date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                : Optional.empty();
    }

    private static Optional<LocalDate> relative(String text, LocalDate today) {
        if (HALF_YEAR.matcher(text).find()) {
            return Optional.of(today.plusMonths(6));
        }
        Matcher m = RELATIVE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String amount = m.group(1);
        int n = NUMBER_WORDS.containsKey(amount) ? NUMBER_WORDS.get(amount) : Integer.parseInt(amount);
        if (n <= 0 || n > 1000) {
            return Optional.empty();
        }
        String unit = m.group(2);
        if (unit.startsWith("day")) {
            return Optional.of(today.plusDays(n));
        } else if (unit.startsWith("week")) {
            return Optional.of(today.plusWeeks(n));
        } else if (unit.startsWith("month")) {
            return Optional.of(today.plusMonths(n));
        }
        return Optional.of(today.plusYears(n));
    }

    /** "by June" is the end of June; "June 15" or "15 June" that day; the next such date unless a year is given. */
    private static Optional<LocalDate> monthDate(String text, LocalDate today) {
        Matcher m = MONTH_DATE.matcher(text);
        while (m.find()) {
            Month month = month(m.group(2));
            // "may" is also a verb: only count it with a day, a year or a preposition in front.
            if (m.group(2).equals("may") && m.group(1) == null && m.group(3) == null && m.group(4) == null
                    && !m.group().startsWith("by ") && !m.group().startsWith("in ") && !m.group().startsWith("end")
                    && !m.group().startsWith("before") && !m.group().startsWith("until")) {
                continue;
            }
            String dayText = m.group(1) != null ? m.group(1) : m.group(3);
            int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : today.getYear();
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate date = dayText != null ? first.withDayOfMonth(Math.min(Integer.parseInt(dayText), first.lengthOfMonth()))
                    : first.with(TemporalAdjusters.lastDayOfMonth());
            // Without a year it is the next such date; "by June" said in June means next June.
            boolean thisMonthWithoutDay = dayText == null && month == today.getMonth();
            if (m.group(4) == null && (!date.isAfter(today) || thisMonthWithoutDay)) {
                date = date.plusYears(1);
            }
            return Optional.of(date);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> named(String text, LocalDate today) {
        if (END_OF_YEAR.matcher(text).find()) {
            return Optional.of(LocalDate.of(today.getYear(), 12, 31));
        }
        Matcher m = NEXT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean next = m.group(1).equals("next");
        return Optional.of(switch (m.group(2)) {
            case "week" -> today.plusWeeks(next ? 1 : 0).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case "month" -> today.plusMonths(next ? 1 : 0).with(TemporalAdjusters.lastDayOfMonth());
            case "year" -> LocalDate.of(today.getYear() + (next ? 1 : 0), 12, 31);
            case "spring" -> season(today, Month.MAY, next);
            case "summer" -> season(today, Month.AUGUST, next);
            case "autumn", "fall" -> season(today, Month.NOVEMBER, next);
            default -> season(today, Month.FEBRUARY, next);
        });
    }

    /** The end of a season: this one if it is still ahead, else (or for "next") the one after. */
    private static LocalDate season(LocalDate today, Month lastMonth, boolean next) {
        LocalDate end = LocalDate.of(today.getYear(), lastMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
        if (!end.isAfter(today) || next && end.minusMonths(3).isBefore(today)) {
            end = end.plusYears(1);
        }
        return end;
    }

    private static Optional<LocalDate> byYear(String text) {
        Matcher m = BY_YEAR.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return year >= 2000 && year <= 2200 ? Optional.of(LocalDate.of(year, 12, 31)) : Optional.empty();
    }

    private static Month month(String name) {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.startsWith(name)) {
                return month;
            }
        }
        throw new DateTimeException("not a month: " + name);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
