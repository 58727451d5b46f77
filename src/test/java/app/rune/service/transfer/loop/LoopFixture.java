package app.rune.service.transfer.loop;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes files in Loop Habit Tracker's formats for the tests, from habits and values given here: a backup at a
 * chosen schema (12, 22 or 25: the columns each had), and a CSV export as a zip or a folder. Written from the
 * formats' description, not from Loop's files.
 */
public final class LoopFixture {
    /** One habit; {@code target} and {@code targetType} matter only for a numerical one. */
    public record Habit(long id, String name, String question, String description, boolean archived, int numerator,
            int denominator, boolean numerical, double target, int targetType, String unit) {

        public static Habit yesNo(long id, String name, int numerator, int denominator) {
            return new Habit(id, name, "Did you " + name.toLowerCase(Locale.ROOT) + "?", "", false, numerator,
                    denominator, false, 0, 0, "");
        }

        public static Habit measured(long id, String name, double target, int targetType, String unit) {
            return new Habit(id, name, "How much?", "", false, 1, 1, true, target, targetType, unit);
        }

        public Habit archive() {
            return new Habit(id, name, question, description, true, numerator, denominator, numerical, target,
                    targetType, unit);
        }
    }

    /** One day's value as a backup stores it: a code, or a numerical habit's amount × 1000. */
    public record Value(long habit, LocalDate day, long value, String notes) {
    }

    private LoopFixture() {
    }

    /** A backup with the tables and columns of {@code schema} (12: no value, type or notes; 22: no question, notes). */
    public static void backup(Path file, int schema, List<Habit> habits, List<Value> values) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement()) {
            boolean typed = schema >= 16;
            boolean targets = schema >= 18;
            boolean questions = schema >= 23;
            boolean notes = schema >= 25;
            s.execute("CREATE TABLE Habits (id INTEGER PRIMARY KEY AUTOINCREMENT, archived INTEGER, color INTEGER,"
                    + " description TEXT, freq_den INTEGER, freq_num INTEGER, highlight INTEGER, name TEXT,"
                    + " position INTEGER, reminder_hour INTEGER, reminder_min INTEGER,"
                    + " reminder_days INTEGER NOT NULL DEFAULT 127"
                    + (typed ? ", type INTEGER NOT NULL DEFAULT 0" : "")
                    + (targets ? ", target_type INTEGER NOT NULL DEFAULT 0, target_value REAL NOT NULL DEFAULT 0,"
                            + " unit TEXT NOT NULL DEFAULT ''" : "")
                    + (questions ? ", question TEXT, uuid TEXT" : "") + ")");
            s.execute("CREATE TABLE Repetitions (id INTEGER PRIMARY KEY AUTOINCREMENT, habit INTEGER REFERENCES"
                    + " Habits(id), timestamp INTEGER" + (typed ? ", value INTEGER NOT NULL" : "")
                    + (notes ? ", notes TEXT" : "") + ")");
            s.execute("CREATE UNIQUE INDEX idx_repetitions_habit_timestamp ON Repetitions (habit, timestamp)");
            if (schema < 16) {
                // Tables of that time that an import does not read.
                s.execute("CREATE TABLE Checkmarks (id INTEGER PRIMARY KEY AUTOINCREMENT, habit INTEGER,"
                        + " timestamp INTEGER, value INTEGER)");
                s.execute("CREATE TABLE Score (id INTEGER PRIMARY KEY AUTOINCREMENT, habit INTEGER, score INTEGER,"
                        + " timestamp INTEGER)");
            }
            s.execute("PRAGMA user_version = " + schema);
            db.setAutoCommit(false);
            int position = 0;
            for (Habit h : habits) {
                try (PreparedStatement p = db.prepareStatement("INSERT INTO Habits (id, archived, color, description,"
                        + " freq_den, freq_num, highlight, name, position, reminder_hour, reminder_min"
                        + (typed ? ", type" : "") + (targets ? ", target_type, target_value, unit" : "")
                        + (questions ? ", question, uuid" : "") + ") VALUES (?, ?, 8, ?, ?, ?, 0, ?, ?, NULL, NULL"
                        + (typed ? ", ?" : "") + (targets ? ", ?, ?, ?" : "") + (questions ? ", ?, ?" : "") + ")")) {
                    int i = 1;
                    p.setLong(i++, h.id());
                    p.setInt(i++, h.archived() ? 1 : 0);
                    p.setString(i++, h.description());
                    p.setInt(i++, h.denominator());
                    p.setInt(i++, h.numerator());
                    p.setString(i++, h.name());
                    p.setInt(i++, position++);
                    if (typed) {
                        p.setInt(i++, h.numerical() ? 1 : 0);
                    }
                    if (targets) {
                        p.setInt(i++, h.targetType());
                        p.setDouble(i++, h.target());
                        p.setString(i++, h.unit());
                    }
                    if (questions) {
                        p.setString(i++, h.question());
                        p.setString(i, "uuid-" + h.id());
                    }
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO Repetitions (habit, timestamp"
                    + (typed ? ", value" : "") + (notes ? ", notes" : "") + ") VALUES (?, ?" + (typed ? ", ?" : "")
                    + (notes ? ", ?" : "") + ")")) {
                for (Value v : values) {
                    int i = 1;
                    p.setLong(i++, v.habit());
                    p.setLong(i++, v.day().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
                    if (typed) {
                        p.setLong(i++, v.value());
                    }
                    if (notes) {
                        p.setString(i, v.notes() == null ? "" : v.notes());
                    }
                    p.addBatch();
                }
                p.executeBatch();
            }
            db.commit();
        }
    }

    /** The files of a CSV export as Loop writes them, by path. */
    public static Map<String, String> csvFiles(List<Habit> habits, List<Value> values) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder list = new StringBuilder("Position,Name,Type,Question,Description,FrequencyNumerator,"
                + "FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n");
        StringBuilder root = new StringBuilder("Date,");
        for (int i = 0; i < habits.size(); i++) {
            Habit h = habits.get(i);
            String position = String.format(Locale.ROOT, "%03d", i + 1);
            list.append(String.join(",", position, cell(h.name()), h.numerical() ? "NUMERICAL" : "YES_NO",
                    cell(h.question()), cell(h.description()), String.valueOf(h.numerator()),
                    String.valueOf(h.denominator()), "#FF8F00", cell(h.numerical() ? h.unit() : ""),
                    h.numerical() ? (h.targetType() == 1 ? "AT_MOST" : "AT_LEAST") : "",
                    h.numerical() ? BigDecimal.valueOf(h.target()).stripTrailingZeros().toPlainString() : "",
                    String.valueOf(h.archived()))).append('\n');
            // Loop's folder name keeps only ASCII letters, digits, spaces and ._- of the name.
            String folder = (position + " " + h.name().replaceAll("[^ a-zA-Z0-9._-]+", "")).strip();
            StringBuilder days = new StringBuilder("Date,Value,Notes\n");
            for (Value v : values) {
                if (v.habit() == h.id()) {
                    days.append(v.day()).append(',').append(word(h, v.value())).append(',')
                            .append(cell(v.notes() == null ? "" : v.notes())).append('\n');
                }
            }
            files.put(folder + "/Checkmarks.csv", days.toString());
            files.put(folder + "/Scores.csv", "Date,Score\n2025-06-28,0.5000\n");
            // The root file's header holds names unquoted, as Loop writes it: a comma in a name breaks it.
            root.append(h.name()).append(',');
        }
        files.put("Habits.csv", list.toString());
        files.put("Checkmarks.csv", root.append('\n').toString());
        files.put("Scores.csv", "Date,\n");
        return files;
    }

    public static void csvZip(Path zip, Map<String, String> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                z.putNextEntry(new ZipEntry(file.getKey()));
                z.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    public static void csvFolder(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }

    private static String word(Habit habit, long value) {
        if (habit.numerical()) {
            return value == -1 ? "UNKNOWN" : BigDecimal.valueOf(value, 3).stripTrailingZeros().toPlainString();
        }
        return switch ((int) value) {
            case 2 -> "YES_MANUAL";
            case 1 -> "YES_AUTO";
            case 0 -> "NO";
            case 3 -> "SKIP";
            case -1 -> "UNKNOWN";
            default -> String.valueOf(value);
        };
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break (quotes doubled). */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** Every kind of value for a small set of habits, with notes in the awkward places. */
    public static List<Value> sampleValues(LocalDate first) {
        List<Value> values = new ArrayList<>();
        values.add(new Value(1, first, 2, "Felt calm, \"really\" calm"));
        values.add(new Value(1, first.plusDays(1), 0, ""));
        values.add(new Value(1, first.plusDays(2), 3, "Travelling"));
        values.add(new Value(1, first.plusDays(3), -1, "Forgot to tick,\nbut I did it"));
        values.add(new Value(1, first.plusDays(4), 2, ""));
        values.add(new Value(2, first, 2, ""));
        values.add(new Value(2, first.plusDays(1), 1, "Loop filled this in"));
        values.add(new Value(2, first.plusDays(2), 1, ""));
        values.add(new Value(2, first.plusDays(3), 0, ""));
        values.add(new Value(3, first, 5500, "Windy"));
        values.add(new Value(3, first.plusDays(2), 2000, ""));
        values.add(new Value(3, first.plusDays(4), -1, ""));
        values.add(new Value(4, first.plusDays(1), 2, "Старая привычка 📚"));
        return values;
    }

    public static List<Habit> sampleHabits() {
        return List.of(
                Habit.yesNo(1, "Meditate", 1, 1),
                Habit.yesNo(2, "Read, \"slowly\"", 3, 7),
                Habit.measured(3, "Run", 5, 0, "km"),
                new Habit(4, "Читать книги", "", "Evening", true, 2, 5, false, 0, 0, ""));
    }
}
