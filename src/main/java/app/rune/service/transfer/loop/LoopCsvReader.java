package app.rune.service.transfer.loop;

import app.rune.service.transfer.CsvRecords;
import app.rune.service.transfer.InvalidImportException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Loop Habit Tracker CSV export, already unpacked into its files ({@link LoopCsvFiles}). The habits come
 * from {@code Habits.csv}, each habit's days from its own folder's {@code Checkmarks.csv} ({@code Date,Value,Notes}),
 * found by the number the folder starts with, which is the habit's position. The root {@code Checkmarks.csv} is
 * not read: its header is the habits' names unquoted, so a name with a comma breaks it.
 */
final class LoopCsvReader {
    private static final Pattern HABIT_FOLDER = Pattern.compile("(?:(.*)/)?(\\d+)(?: [^/]*)?/Checkmarks\\.csv");

    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    LoopHistory read(Map<String, byte[]> files, String source) throws InvalidImportException {
        String habitsFile = files.keySet().stream().filter(n -> n.equals("Habits.csv") || n.endsWith("/Habits.csv"))
                .min((a, b) -> Integer.compare(depth(a), depth(b))).orElseThrow(() -> LoopText.refused(source, "",
                        "is not a Loop Habit Tracker CSV export: it has no Habits.csv"));
        String root = habitsFile.substring(0, habitsFile.length() - "Habits.csv".length());
        Map<Integer, LoopHabit> habits = habits(source, habitsFile, files.get(habitsFile));
        List<LoopMark> marks = new ArrayList<>();
        Set<Integer> read = new HashSet<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Matcher m = HABIT_FOLDER.matcher(file.getKey());
            String folder = m.matches() ? (m.group(1) == null ? "" : m.group(1) + "/") : null;
            if (folder == null || !folder.equals(root)) {
                continue;
            }
            int position = Integer.parseInt(m.group(2).length() > 6 ? "-1" : m.group(2));
            LoopHabit habit = habits.get(position);
            if (habit == null) {
                throw LoopText.refused(source, file.getKey(), "is for habit number " + m.group(2)
                        + ", which Habits.csv does not have");
            }
            if (!read.add(position)) {
                throw LoopText.refused(source, file.getKey(), "a second file of days for " + habit.label());
            }
            marks(source, file.getKey(), file.getValue(), habit, marks);
        }
        // Loop writes a folder for every habit Habits.csv lists; one missing means the export is not whole.
        for (Map.Entry<Integer, LoopHabit> habit : habits.entrySet()) {
            if (!read.contains(habit.getKey())) {
                throw LoopText.refused(source, habit.getValue().label(), "Habits.csv lists it as number "
                        + String.format(Locale.ROOT, "%03d", habit.getKey()) + ", but the export has no "
                        + String.format(Locale.ROOT, "%03d", habit.getKey()) + " .../Checkmarks.csv for it (or it is"
                        + " not a file); export the CSV from Loop again");
            }
        }
        return new LoopHistory("CSV export", List.copyOf(habits.values()), marks);
    }

    private static int depth(String name) {
        return (int) name.chars().filter(c -> c == '/').count();
    }

    /** The habits by position (the number their folders start with), in Loop's order. */
    private Map<Integer, LoopHabit> habits(String source, String name, byte[] content) throws InvalidImportException {
        List<Line> lines = lines(source, name, content);
        if (lines.isEmpty()) {
            throw LoopText.refused(source, name, "is empty; Loop writes a header and a line for each habit");
        }
        Header header = new Header(lines.get(0).cells());
        for (String needed : List.of("Name")) {
            if (!header.has(needed)) {
                throw LoopText.refused(source, name + " line 1", "has no column " + needed
                        + "; it is not Loop's Habits.csv");
            }
        }
        String numerator = header.has("FrequencyNumerator") ? "FrequencyNumerator" : "NumRepetitions";
        String denominator = header.has("FrequencyDenominator") ? "FrequencyDenominator" : "Interval";
        if (!header.has(numerator) || !header.has(denominator)) {
            throw LoopText.refused(source, name + " line 1", "has no columns FrequencyNumerator and"
                    + " FrequencyDenominator; it is not Loop's Habits.csv");
        }
        Map<Integer, LoopHabit> habits = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            String where = name + " line " + line.number();
            if (habits.size() >= LoopBackupReader.MOST_HABITS) {
                throw LoopText.refused(source, where, "more than " + LoopBackupReader.MOST_HABITS + " habits");
            }
            if (line.cells().size() != header.size()) {
                throw LoopText.refused(source, where, "has " + line.cells().size() + " values; the header has "
                        + header.size());
            }
            String habitName = LoopText.clean(header.get(line, "Name"));
            if (habitName == null) {
                throw LoopText.refused(source, where, "has no habit name");
            }
            int position = header.has("Position") ? whole(source, where, "Position", header.get(line, "Position"))
                    .intValue() : i;
            Long type = code(source, where, "Type", header.get(line, "Type"), "YES_NO", "NUMERICAL");
            Long targetType = code(source, where, "Target Type", header.get(line, "Target Type"), "AT_LEAST",
                    "AT_MOST");
            Long archived = code(source, where, "Archived?", header.get(line, "Archived?"), "FALSE", "TRUE");
            BigDecimal target = decimal(source, where, "Target Value", header.get(line, "Target Value"));
            LoopHabit habit = LoopHabits.checked(source, where + " (\"" + LoopText.printable(habitName) + "\")",
                    position, habitName, header.get(line, "Question"), header.get(line, "Description"), archived,
                    whole(source, where, numerator, header.get(line, numerator)),
                    whole(source, where, denominator, header.get(line, denominator)), type, target, targetType,
                    header.get(line, "Unit"));
            if (habits.put(position, habit) != null) {
                throw LoopText.refused(source, where, "has the position " + position + " of an earlier habit");
            }
        }
        return habits;
    }

    private void marks(String source, String name, byte[] content, LoopHabit habit, List<LoopMark> marks)
            throws InvalidImportException {
        List<Line> lines = lines(source, name, content);
        if (lines.isEmpty()) {
            throw LoopText.refused(source, name, "is empty; Loop writes a header line, Date,Value,Notes");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (Line line : lines) {
            String where = name + " line " + line.number();
            List<String> cells = line.cells();
            if (line.number() == 1 && !cells.isEmpty() && cells.get(0).strip().equalsIgnoreCase("Date")) {
                continue;
            }
            if (cells.size() < 2 || cells.size() > 3) {
                throw LoopText.refused(source, where, "has " + cells.size() + " values; Loop writes a date, a value"
                        + " and a note");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(cells.get(0).strip());
            } catch (DateTimeParseException e) {
                throw LoopText.refused(source, where, "\"" + LoopText.printable(cells.get(0))
                        + "\" is not a date such as 2025-06-28");
            }
            if (day.getYear() < 1970 || day.getYear() > 2200) {
                throw LoopText.refused(source, where, "is outside the days Rune keeps (1970 to 2200)");
            }
            if (!seen.add(day)) {
                throw LoopText.refused(source, where, day + " appears twice for " + habit.label());
            }
            if (marks.size() >= LoopBackupReader.MOST_MARKS) {
                throw LoopText.refused(source, where, "more than " + LoopBackupReader.MOST_MARKS + " days in all");
            }
            String notes = cells.size() > 2 ? cells.get(2) : null;
            String value = cells.get(1).strip();
            Optional<LoopValue> word = LoopValue.ofText(value);
            Optional<LoopMark> mark;
            if (habit.numerical() && !isWord(value)) {
                BigDecimal amount = decimal(source, where, "Value", value);
                if (amount == null) {
                    throw LoopText.refused(source, where, "has no value");
                }
                mark = amount.signum() < 0 && amount.compareTo(BigDecimal.ONE.negate()) == 0
                        ? LoopHabits.value(source, where, habit, day, LoopValue.UNKNOWN, notes)
                        : LoopHabits.amount(source, where, habit, day, amount, notes);
            } else if (word.isPresent()) {
                mark = LoopHabits.value(source, where, habit, day, word.get(), notes);
            } else {
                throw LoopText.refused(source, where, "the value \"" + LoopText.printable(value) + "\" is not one Loop"
                        + " writes (YES_MANUAL, YES_AUTO, NO, SKIP or UNKNOWN" + (habit.numerical() ? ", or an amount"
                        : "") + ")");
            }
            mark.ifPresent(marks::add);
        }
    }

    private static boolean isWord(String value) {
        return !value.isEmpty() && Character.isLetter(value.charAt(0));
    }

    /** The file's lines as cells, each with the line it starts on. */
    private List<Line> lines(String source, String name, byte[] content) throws InvalidImportException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw LoopText.refused(source, name, "is not UTF-8 text, as Loop writes it");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        try {
            CsvRecords.read(csv, text).forEach(r -> lines.add(new Line(r.line(), r.cells())));
        } catch (CsvRecords.UnreadableCsvException e) {
            throw LoopText.refused(source, name, "line " + e.line() + " cannot be read as CSV (a quote that is"
                    + " never closed, say)");
        }
        return lines;
    }

    private static Long whole(String source, String where, String column, String text) throws InvalidImportException {
        String value = text == null ? "" : text.strip();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw LoopText.refused(source, where, column + " \"" + LoopText.printable(value) + "\" is not a whole"
                    + " number");
        }
    }

    private static BigDecimal decimal(String source, String where, String column, String text)
            throws InvalidImportException {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > 40) {
            throw LoopText.refused(source, where, column + " is not a number");
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw LoopText.refused(source, where, column + " \"" + LoopText.printable(value) + "\" is not a number");
        }
    }

    /** A column that holds one of two words (or their codes 0 and 1); null when empty. */
    private static Long code(String source, String where, String column, String text, String zero, String one)
            throws InvalidImportException {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (value.equals(zero) || value.equals("0")) {
            return 0L;
        }
        if (value.equals(one) || value.equals("1")) {
            return 1L;
        }
        throw LoopText.refused(source, where, column + " \"" + LoopText.printable(text) + "\" is not "
                + zero + " or " + one);
    }

    private record Line(int number, List<String> cells) {
    }

    /** The header's columns by name. */
    private static final class Header {
        private final Map<String, Integer> at = new HashMap<>();
        private final int size;

        Header(List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                at.putIfAbsent(cells.get(i).strip(), i);
            }
            size = cells.size();
        }

        boolean has(String column) {
            return at.containsKey(column);
        }

        int size() {
            return size;
        }

        String get(Line line, String column) {
            Integer i = at.get(column);
            return i == null || i >= line.cells().size() ? null : line.cells().get(i);
        }
    }
}
