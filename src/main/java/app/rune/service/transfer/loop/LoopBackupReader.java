package app.rune.service.transfer.loop;

import app.rune.service.transfer.InvalidImportException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Reads a Loop Habit Tracker backup: an SQLite file with the tables {@code Habits} and {@code Repetitions}, at
 * the schema its {@code PRAGMA user_version} gives (12 to 25). Columns an older schema lacks have their meaning
 * from before they came: {@code type} (16) yes/no, {@code value} (16) a manual tick, the target (18) none,
 * {@code question} (23) none, {@code notes} (25) none.
 *
 * <p>The person's file is copied first and the copy opened read-only, so nothing SQLite does (a journal, a
 * recovery) can touch it. Every value is checked; the first one Loop would not write refuses the file.
 */
final class LoopBackupReader {
    static final int OLDEST_SCHEMA = 12;
    static final int NEWEST_SCHEMA = 25;
    private static final long DAY_MILLIS = 86_400_000L;
    /** Limits far beyond a lifetime of habits, so a hostile file cannot use up memory. */
    static final int MOST_HABITS = 1_000;
    static final int MOST_MARKS = 3_000_000;
    /** Days Rune takes: from 1970 (Loop's first day) to the year 2200. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2200, 12, 31);

    private LoopBackupReader() {
    }

    static LoopHistory read(Path file, String source) throws InvalidImportException, IOException {
        Path journal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.isRegularFile(journal) && Files.size(journal) > 0) {
            // Changes still in the journal beside it are not in the file: reading it alone would miss them.
            throw LoopText.refused(source, "", "has changes not yet written into it (in " + journal.getFileName()
                    + " beside it), so the file alone is not the whole backup; make the backup again in Loop");
        }
        Path copy = Files.createTempFile("rune-loop-", ".db");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy, config.toProperties())) {
                return read(db, source);
            } catch (SQLException e) {
                throw LoopText.refused(source, "", "is not a Loop Habit Tracker backup SQLite can read (the file is"
                        + " not an SQLite database, or it is damaged)");
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static LoopHistory read(Connection db, String source) throws SQLException, InvalidImportException {
        int schema;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            schema = r.next() ? r.getInt(1) : 0;
        }
        if (schema > NEWEST_SCHEMA) {
            throw LoopText.refused(source, "", "was made by a newer Loop (schema " + schema + "); Rune reads Loop"
                    + " backups of schemas " + OLDEST_SCHEMA + " to " + NEWEST_SCHEMA + ". Export a CSV from"
                    + " Loop instead");
        }
        requireTable(db, source, "Habits");
        requireTable(db, source, "Repetitions");
        Set<String> habitColumns = columns(db, "Habits");
        Set<String> markColumns = columns(db, "Repetitions");
        if (habitColumns.isEmpty() || markColumns.isEmpty()) {
            throw LoopText.refused(source, "", "is an SQLite file but not a Loop Habit Tracker backup (it has no "
                    + (habitColumns.isEmpty() ? "Habits" : "Repetitions") + " table)");
        }
        if (schema < OLDEST_SCHEMA) {
            throw LoopText.refused(source, "", "was made by a Loop from before 2017 (schema " + schema + "); Rune"
                    + " reads schemas " + OLDEST_SCHEMA + " to " + NEWEST_SCHEMA + ". Open it in a newer Loop and"
                    + " back up again");
        }
        for (String needed : List.of("id", "name", "archived", "freq_num", "freq_den")) {
            if (!habitColumns.contains(needed)) {
                throw LoopText.refused(source, "Habits", "has no column " + needed + ", which every Loop backup has");
            }
        }
        for (String needed : List.of("habit", "timestamp")) {
            if (!markColumns.contains(needed)) {
                throw LoopText.refused(source, "Repetitions", "has no column " + needed
                        + ", which every Loop backup has");
            }
        }
        Map<Long, LoopHabit> habits = habits(db, source, habitColumns);
        List<LoopMark> marks = marks(db, source, markColumns, habits);
        return new LoopHistory("backup (schema " + schema + ")", List.copyOf(habits.values()), marks);
    }

    /**
     * Refuses a file whose {@code table} is a view or a virtual table: Loop writes plain tables, and a view can
     * be made to produce rows without end.
     */
    private static void requireTable(Connection db, String source, String table)
            throws SQLException, InvalidImportException {
        try (java.sql.PreparedStatement s = db.prepareStatement(
                "SELECT type, sql FROM sqlite_master WHERE name = ? COLLATE NOCASE")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String sql = r.getString("sql") == null ? "" : r.getString("sql").strip();
                    if (!"table".equals(r.getString("type"))
                            || sql.regionMatches(true, 0, "CREATE VIRTUAL", 0, "CREATE VIRTUAL".length())) {
                        throw LoopText.refused(source, table, "is not a table, as in Loop's backups (it is a "
                                + LoopText.printable(r.getString("type")) + ")");
                    }
                }
            }
        }
    }

    private static Set<String> columns(Connection db, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (r.next()) {
                names.add(r.getString("name").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static Map<Long, LoopHabit> habits(Connection db, String source, Set<String> columns)
            throws SQLException, InvalidImportException {
        Map<Long, LoopHabit> habits = new LinkedHashMap<>();
        String order = columns.contains("position") ? "position, id" : "id";
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM Habits ORDER BY " + order)) {
            Row row = new Row(r, columns, source);
            while (r.next()) {
                Long id = row.whole("id");
                String where = "Habits row " + (id == null ? "without an id" : "id " + id);
                if (id == null) {
                    throw LoopText.refused(source, where, "has no id");
                }
                if (habits.size() >= MOST_HABITS) {
                    throw LoopText.refused(source, "Habits", "has more than " + MOST_HABITS + " habits");
                }
                String name = LoopText.clean(row.text("name"));
                if (name == null) {
                    throw LoopText.refused(source, where, "has no name");
                }
                LoopHabit habit = LoopHabits.checked(source, where + " (\"" + LoopText.printable(name) + "\")", id,
                        name, row.text("question"), row.text("description"), row.whole("archived"),
                        row.whole("freq_num"), row.whole("freq_den"), row.whole("type"), row.real("target_value"),
                        row.whole("target_type"), row.text("unit"));
                habits.put(id, habit);
            }
        }
        return habits;
    }

    private static List<LoopMark> marks(Connection db, String source, Set<String> columns, Map<Long, LoopHabit> habits)
            throws SQLException, InvalidImportException {
        List<LoopMark> marks = new ArrayList<>();
        Map<Long, Set<LocalDate>> seen = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM Repetitions ORDER BY habit, timestamp")) {
            Row row = new Row(r, columns, source);
            while (r.next()) {
                Long habitId = row.whole("habit");
                Long timestamp = row.whole("timestamp");
                LoopHabit habit = habitId == null ? null : habits.get(habitId);
                if (habit == null) {
                    throw LoopText.refused(source, "Repetitions", "a check-in is for habit id " + habitId
                            + ", which the file does not have");
                }
                if (timestamp == null || timestamp % DAY_MILLIS != 0) {
                    throw LoopText.refused(source, habit.label(), "a check-in has the timestamp " + timestamp
                            + ", which is not the start of a day (Loop writes UTC midnights)");
                }
                LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(timestamp, DAY_MILLIS));
                String where = habit.label() + ", " + day;
                if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                    throw LoopText.refused(source, where, "is outside the days Rune keeps (1970 to 2200)");
                }
                if (!seen.computeIfAbsent(habitId, h -> new HashSet<>()).add(day)) {
                    throw LoopText.refused(source, where, "has two check-ins; Loop keeps one a day");
                }
                if (marks.size() >= MOST_MARKS) {
                    throw LoopText.refused(source, "Repetitions", "has more than " + MOST_MARKS + " check-ins");
                }
                // Before schema 16 a row was a tick and nothing else.
                Long value = columns.contains("value") ? row.whole("value") : Long.valueOf(2);
                if (value == null) {
                    throw LoopText.refused(source, where, "has no value");
                }
                LoopHabits.mark(source, where, habit, day, value, row.text("notes")).ifPresent(marks::add);
            }
        }
        return marks;
    }

    /**
     * Reads the current row's columns by name, giving null for one the schema does not have, and refusing a value
     * of a type Loop never writes in that column (SQLite lets any column hold any type).
     */
    private record Row(ResultSet result, Set<String> columns, String source) {
        String text(String column) throws SQLException, InvalidImportException {
            if (!columns.contains(column)) {
                return null;
            }
            Object value = result.getObject(column);
            if (value == null || value instanceof String) {
                return (String) value;
            }
            throw wrongType(column, "a text");
        }

        Long whole(String column) throws SQLException, InvalidImportException {
            if (!columns.contains(column)) {
                return null;
            }
            Object value = result.getObject(column);
            if (value == null) {
                return null;
            }
            if (value instanceof Integer || value instanceof Long) {
                return ((Number) value).longValue();
            }
            throw wrongType(column, "a whole number");
        }

        BigDecimal real(String column) throws SQLException, InvalidImportException {
            if (!columns.contains(column)) {
                return null;
            }
            Object value = result.getObject(column);
            if (value == null) {
                return null;
            }
            if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                return new BigDecimal(Double.toString(number.doubleValue())).stripTrailingZeros();
            }
            throw wrongType(column, "a number");
        }

        private InvalidImportException wrongType(String column, String expected) {
            return LoopText.refused(source, "", "a value in the column " + column + " is not " + expected
                    + ", as Loop writes it");
        }
    }
}
