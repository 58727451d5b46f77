package app.rune.service.transfer;

import app.rune.model.validation.Problems;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One record of a progress CSV file being imported, with the line it starts on, read back into values in the
 * forms {@link ProgressCsv} writes. A cell that is not in such a form adds a problem naming the line and the
 * column, and reads as absent, so that one pass over the file finds every mistake.
 *
 * @param number the line of the file the record starts on (a note with line breaks spans several)
 * @param cells the text of each column the file has, by column name, spreadsheet guards already taken off
 */
record ProgressCsvLine(int number, Map<String, String> cells) {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The export's form, and the same with seconds, which a spreadsheet may add when it saves the file. */
    private static final DateTimeFormatter COMPLETION_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]",
            Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern COMPLETION_TIME_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?");
    /** Longer is no amount a person records, and a very long one would only cost time to parse. */
    private static final int LONGEST_AMOUNT = 40;
    private static final String OBSTACLE_SEPARATOR = "; ";

    ProgressCsvLine {
        cells = Map.copyOf(cells);
    }

    /** The cell's text; empty when the cell is empty or the file has no such column (an older export). */
    String text(String column) {
        return cells.getOrDefault(column, "");
    }

    /** The cell's text, or null when it is empty: how the export writes an absent value. */
    String textOrNull(String column) {
        String text = text(column);
        return text.isEmpty() ? null : text;
    }

    boolean isEmpty(String column) {
        return text(column).isEmpty();
    }

    /** Where a problem is, for its message: {@code line 7, column difficulty}. */
    String at(String column) {
        return "line " + number + ", column " + column;
    }

    void problem(CsvProblems problems, String column, String message) {
        problems.add(number, at(column) + ": " + message);
    }

    /** The obstacles, which the export joins with {@code "; "}; none for an empty cell. */
    List<String> obstacles(String column) {
        String text = text(column);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(Pattern.quote(OBSTACLE_SEPARATOR), -1));
    }

    Optional<LocalDate> date(String column, CsvProblems problems) {
        String text = text(column).strip();
        if (DATE.matcher(text).matches()) {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeException e) {
                // A form that fits and a day that does not exist (2026-02-30): the same message below.
            }
        }
        problem(problems, column, quote(column) + " is not a date such as 2026-11-25 (year-month-day)");
        return Optional.empty();
    }

    /** A rating from 1 to 5; empty for an empty cell or a problem. */
    Optional<Integer> rating(String column, CsvProblems problems) {
        String text = text(column).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '5') {
            return Optional.of(text.charAt(0) - '0');
        }
        problem(problems, column, quote(column) + " is not a rating from 1 to 5");
        return Optional.empty();
    }

    /** {@code true} or {@code false} (in any case: a spreadsheet saves them as TRUE and FALSE); empty if empty. */
    Optional<Boolean> yesNo(String column, CsvProblems problems) {
        String text = text(column).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Optional.of(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
        }
        problem(problems, column, quote(column) + " is not true or false");
        return Optional.empty();
    }

    /** A date and time on the person's clock, {@code yyyy-MM-dd HH:mm}; empty for an empty cell or a problem. */
    Optional<LocalDateTime> dateTime(String column, CsvProblems problems) {
        String text = text(column).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (COMPLETION_TIME_FORM.matcher(text).matches()) {
            try {
                return Optional.of(LocalDateTime.parse(text, COMPLETION_TIME));
            } catch (DateTimeException e) {
                // A form that fits and a time that does not exist (25:00): the same message below.
            }
        }
        problem(problems, column, quote(column) + " is not a date and time such as 2026-11-25 19:05");
        return Optional.empty();
    }

    /** A decimal number such as {@code 12.5}, kept as written; empty for an empty cell or a problem. */
    Optional<BigDecimal> decimal(String column, CsvProblems problems) {
        String text = text(column).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() <= LONGEST_AMOUNT) {
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                // Said below, in words, without Java's own message.
            }
        }
        problem(problems, column, quote(column) + " is not a number such as 12.5 (with a point for decimals)");
        return Optional.empty();
    }

    /** The cell as a message quotes it: escapes for what would garble a terminal, cut short when long. */
    String quote(String column) {
        return Problems.quote(text(column));
    }
}
