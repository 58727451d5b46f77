package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.service.transfer.loop.LoopFixture;
import app.rune.service.transfer.loop.LoopFixture.Habit;
import app.rune.service.transfer.loop.LoopFixture.Value;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rune import --from loop}: Loop's backups of schemas 12, 22 and 25 and its CSV export (zip and folder)
 * come in entry by entry, with each kind of value, note and schedule where the README says; files Loop would not
 * write are refused with where they go wrong, and the data stays as it was.
 */
class LoopImportCommandTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 6, 1);

    @TempDir
    Path temp;

    private final ObjectMapper json = new ObjectMapper();
    private Path data;
    private CommandLineRunner rune;

    @BeforeEach
    void setUp() {
        data = temp.resolve("data");
        rune = new CommandLineRunner(temp.resolve("home"), Map.of());
    }

    @Test
    void aSchema25BackupBringsEveryKindOfValueAndEveryNote() throws Exception {
        Path backup = temp.resolve("Loop Habits Backup 2025-06-28 101500.db");
        LoopFixture.backup(backup, 25, LoopFixture.sampleHabits(), LoopFixture.sampleValues(FIRST));

        CommandLineRunner.Run run = rune.runIn(data, "import", "--from", "loop", backup.toString(), "--user", "kim");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("backup (schema 25) for kim (new user): 4 habits (1 archived), 2025-06-01 to"
                + " 2025-06-05.")
                .contains("task_2  Read, \"slowly\": 3 times a week; 2 entries")
                .contains("task_3  Run: every day, at least 5 km; 2 entries")
                .contains("task_4  Читать книги: 3 times a week (Loop: 2/5, rounded), archived; 1 entry")
                .contains("5 days, 9 entries: 5 done, 3 not done, 1 skipped; 2 filled in by Loop (no entry); 6 notes"
                        + " (2 on days without an entry, kept as the day's notes).");
        JsonNode exported = export();
        JsonNode goals = exported.get("user_goals").get(0);
        assertThat(goals.at("/long_term_goal/title").asText()).isEqualTo("Habits from Loop");
        assertThat(goals.get("daily_tasks")).hasSize(3);
        assertThat(goals.at("/daily_tasks/1/schedule").toString()).isEqualTo("{\"every\":\"week\",\"times\":3}");
        assertThat(goals.at("/daily_tasks/2/target").toString())
                .isEqualTo("{\"amount\":5,\"unit\":\"km\",\"kind\":\"at_least\"}");
        assertThat(goals.at("/daily_tasks/0/description").asText()).isEqualTo("Did you meditate?");
        assertThat(goals.at("/archived_goals/0/long_term_goal/status").asText()).isEqualTo("abandoned");
        assertThat(goals.at("/archived_goals/0/daily_tasks/0/title").asText()).isEqualTo("Читать книги");

        Map<String, JsonNode> days = days(exported);
        assertThat(days.keySet()).containsExactly("2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04",
                "2025-06-05");
        assertThat(entries(days.get("2025-06-01"))).containsExactly(
                "task_1 true note=Felt calm, \"really\" calm",
                "task_2 true",
                "task_3 true amount=5.5 note=Windy");
        // Loop's own fill-in (YES_AUTO) makes no entry; its note is the day's.
        assertThat(entries(days.get("2025-06-02"))).containsExactly("task_1 false", "task_4 true note=Старая привычка 📚");
        assertThat(days.get("2025-06-02").get("day_notes").asText()).isEqualTo("Read, \"slowly\": Loop filled this in");
        assertThat(entries(days.get("2025-06-03"))).containsExactly(
                "task_1 false skip=Skipped in Loop Habit Tracker note=Travelling",
                "task_3 false amount=2");
        // An unknown day with a note keeps the note, without an entry.
        assertThat(entries(days.get("2025-06-04"))).containsExactly("task_2 false");
        assertThat(days.get("2025-06-04").get("day_notes").asText())
                .isEqualTo("Meditate: Forgot to tick,\nbut I did it");
        assertThat(entries(days.get("2025-06-05"))).containsExactly("task_1 true");
    }

    @Test
    void habitsThatMakeADayPastTheLimitAreImportedWithANote() throws Exception {
        Path backup = temp.resolve("Loop Habits Backup 2025-06-28 101500.db");
        List<LoopFixture.Habit> five = List.of(LoopFixture.Habit.yesNo(1, "Meditate", 1, 1),
                LoopFixture.Habit.yesNo(2, "Stretch", 1, 1), LoopFixture.Habit.yesNo(3, "Journal", 1, 1),
                LoopFixture.Habit.yesNo(4, "Walk", 1, 1), LoopFixture.Habit.yesNo(5, "Swim", 2, 7));
        LoopFixture.backup(backup, 25, five, List.of());

        CommandLineRunner.Run run = rune.runIn(data, "import", "--from", "loop", backup.toString(), "--user", "kim");

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        // Four every day and twice a week on the quietest days, Monday first: five on Mondays, past the default 3.
        assertThat(run.out()).contains("Note: your goals now make 5 tasks on Mondays; your daily limit is 3. Pause"
                + " some tasks on the Goal screen, or raise the limit in Settings.");
        assertThat(export().get("user_goals").get(0).get("daily_tasks")).as("imported all the same").hasSize(5);
    }

    @Test
    void habitsWithinTheLimitGetNoNote() throws Exception {
        Path backup = temp.resolve("Loop Habits Backup 2025-06-28 101500.db");
        LoopFixture.backup(backup, 25, LoopFixture.sampleHabits(), LoopFixture.sampleValues(FIRST));

        CommandLineRunner.Run run = rune.runIn(data, "import", "--from", "loop", backup.toString(), "--user", "kim");

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).doesNotContain("Note:", "limit");
    }

    @Test
    void aSchema22BackupHasAmountsButNoNotes() throws Exception {
        Path backup = temp.resolve("old.db");
        List<Habit> habits = List.of(Habit.yesNo(1, "Meditate", 1, 1), Habit.measured(3, "Water", 2, 1, "l"));
        LoopFixture.backup(backup, 22, habits, List.of(new Value(1, FIRST, 2, null), new Value(3, FIRST, 1500, null),
                new Value(3, FIRST.plusDays(1), 2500, null)));

        CommandLineRunner.Run run = rune.runIn(data, "import", "--from", "loop", backup.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("for ana (new user)");
        JsonNode exported = export();
        assertThat(exported.at("/user_goals/0/daily_tasks/1/target").toString())
                .isEqualTo("{\"amount\":2,\"unit\":\"l\",\"kind\":\"at_most\"}");
        Map<String, JsonNode> days = days(exported);
        assertThat(entries(days.get("2025-06-01"))).containsExactly("task_1 true", "task_2 true amount=1.5");
        assertThat(entries(days.get("2025-06-02"))).containsExactly("task_2 false amount=2.5");
    }

    @Test
    void aSchema12BackupCountsEveryRowAsATick() throws Exception {
        Path backup = temp.resolve("older.db");
        LoopFixture.backup(backup, 12, List.of(Habit.yesNo(1, "Floss", 1, 1), Habit.yesNo(2, "Swim", 2, 7)),
                List.of(new Value(1, FIRST, 2, null), new Value(2, FIRST.plusDays(1), 2, null)));

        CommandLineRunner.Run run = rune.runIn(data, "import", "--from", "loop", backup.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        Map<String, JsonNode> days = days(export());
        assertThat(entries(days.get("2025-06-01"))).containsExactly("task_1 true");
        assertThat(entries(days.get("2025-06-02"))).containsExactly("task_2 true");
        assertThat(export().at("/user_goals/0/daily_tasks/1/schedule/times").asInt()).isEqualTo(2);
    }

    @Test
    void theCsvExportAsZipAndAsFolderBringsWhatTheBackupBrings() throws Exception {
        Path backup = temp.resolve("b.db");
        LoopFixture.backup(backup, 25, LoopFixture.sampleHabits(), LoopFixture.sampleValues(FIRST));
        Map<String, String> files = LoopFixture.csvFiles(LoopFixture.sampleHabits(), LoopFixture.sampleValues(FIRST));
        Path zip = temp.resolve("Loop Habits CSV 2025-06-28.zip");
        LoopFixture.csvZip(zip, files);
        Path folder = temp.resolve("Loop Habits CSV 2025-06-28");
        LoopFixture.csvFolder(folder, files);

        assertThat(rune.runIn(data, "import", "--from", "loop", backup.toString(), "--user", "a").status()).isZero();
        CommandLineRunner.Run fromZip = rune.runIn(temp.resolve("zip"), "import", "--from", "loop", zip.toString(),
                "--user", "a");
        CommandLineRunner.Run fromFolder = rune.runIn(temp.resolve("folder"), "import", "--from", "loop",
                folder.toString(), "--user", "a");

        assertThat(fromZip.status()).as(fromZip.err()).isZero();
        assertThat(fromFolder.status()).as(fromFolder.err()).isZero();
        assertThat(fromZip.out()).contains("CSV export for a");
        Map<String, List<String>> expected = allEntries(export(data));
        assertThat(allEntries(export(temp.resolve("zip")))).isEqualTo(expected);
        assertThat(allEntries(export(temp.resolve("folder")))).isEqualTo(expected);
    }

    @Test
    void anotherGoalInFocusKeepsItAndItsDaysGetTheHabitsBeside() throws Exception {
        Path mine = temp.resolve("mine.json");
        Files.writeString(mine, """
                {"user_goals": [{"_id": "ana", "long_term_goal": {"title": "Learn Spanish", "status": "active"},
                   "daily_tasks": [{"id": "task_1", "title": "Duolingo", "priority": 1}],
                   "goal_refinement_history": []}],
                 "daily_progress": [{"_id": "d1", "user_id": "ana", "date": "2025-06-01", "overall_day_rating": 4,
                   "tasks": [{"task_id": "task_1", "task_title": "Duolingo", "completed": true}]}]}""");
        assertThat(rune.runIn(data, "import", mine.toString()).status()).isZero();
        Path backup = temp.resolve("b.db");
        LoopFixture.backup(backup, 25, List.of(Habit.yesNo(1, "Meditate", 1, 1)),
                List.of(new Value(1, FIRST, 2, ""), new Value(1, FIRST.plusDays(1), 2, "")));

        CommandLineRunner.Run run = rune.runIn(data, "import", "--from", "loop", backup.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode exported = export();
        JsonNode goals = exported.get("user_goals").get(0);
        assertThat(goals.at("/long_term_goal/title").asText()).isEqualTo("Learn Spanish");
        assertThat(goals.at("/other_goals/0/long_term_goal/title").asText()).isEqualTo("Habits from Loop");
        assertThat(goals.at("/other_goals/0/daily_tasks/0/id").asText()).isEqualTo("task_2");
        Map<String, JsonNode> days = days(exported);
        assertThat(days.get("2025-06-01").get("_id").asText()).isEqualTo("d1");
        assertThat(days.get("2025-06-01").get("overall_day_rating").asInt()).isEqualTo(4);
        assertThat(entries(days.get("2025-06-01"))).containsExactly("task_1 true", "task_2 true");
        assertThat(run.out()).contains("for ana:");
    }

    @Test
    void theSameFileTwiceIsRefusedTheSecondTime() throws Exception {
        Path backup = temp.resolve("b.db");
        LoopFixture.backup(backup, 25, LoopFixture.sampleHabits(), LoopFixture.sampleValues(FIRST));
        assertThat(rune.runIn(data, "import", "--from", "loop", backup.toString()).status()).isZero();
        String before = rune.runIn(data, "export").out();

        CommandLineRunner.Run again = rune.runIn(data, "import", "--from", "loop", backup.toString());

        assertThat(again.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(again.err().strip()).isEqualTo(backup + ": its habits are here already, in the goal \"Habits from"
                + " Loop\" (goal_1) from an earlier import; importing it again would count every day twice. Nothing"
                + " was imported.");
        assertThat(rune.runIn(data, "export").out()).isEqualTo(before);
    }

    @Test
    void atMostNothingIsATargetAndAtLeastNothingIsRefusedByName() throws Exception {
        Path sugar = temp.resolve("sugar.db");
        LoopFixture.backup(sugar, 25, List.of(Habit.measured(1, "Sugar", 0, 1, "g")),
                List.of(new Value(1, FIRST, 0, ""), new Value(1, FIRST.plusDays(1), 12000, "cake")));
        Path nothing = temp.resolve("nothing.db");
        LoopFixture.backup(nothing, 25, List.of(Habit.measured(1, "Water", 0, 0, "l")), List.of());

        CommandLineRunner.Run quit = rune.runIn(data, "import", "--from", "loop", sugar.toString());
        CommandLineRunner.Run refused = rune.runIn(temp.resolve("other"), "import", "--from", "loop",
                nothing.toString());

        assertThat(quit.status()).as(quit.err()).isZero();
        JsonNode exported = export();
        assertThat(exported.at("/user_goals/0/daily_tasks/0/target").toString())
                .isEqualTo("{\"amount\":0,\"unit\":\"g\",\"kind\":\"at_most\"}");
        Map<String, JsonNode> days = days(exported);
        assertThat(entries(days.get("2025-06-01"))).containsExactly("task_1 true amount=0");
        assertThat(entries(days.get("2025-06-02"))).containsExactly("task_1 false amount=12 note=cake");
        assertThat(refused.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(refused.err()).contains("Habits row id 1 (\"Water\"): has the target \"at least 0\", which any"
                + " day meets");
    }

    @Test
    void aViewInPlaceOfATableAJournalBesideTheFileAndAHabitWithoutItsDaysAreRefused() throws Exception {
        Path view = temp.resolve("view.db");
        LoopFixture.backup(view, 25, LoopFixture.sampleHabits(), List.of());
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + view);
                java.sql.Statement s = db.createStatement()) {
            s.execute("DROP TABLE Repetitions");
            s.execute("CREATE VIEW Repetitions AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
                    + " SELECT 1 AS habit, i * 86400000 AS timestamp, 2 AS value, '' AS notes FROM n");
        }
        Path journaled = temp.resolve("journaled.db");
        LoopFixture.backup(journaled, 25, LoopFixture.sampleHabits(), LoopFixture.sampleValues(FIRST));
        Files.writeString(temp.resolve("journaled.db-wal"), "pending");
        Map<String, String> files = new TreeMap<>(LoopFixture.csvFiles(LoopFixture.sampleHabits(),
                LoopFixture.sampleValues(FIRST)));
        files.remove("001 Meditate/Checkmarks.csv");
        Path partial = temp.resolve("partial.zip");
        LoopFixture.csvZip(partial, files);

        assertThat(rune.runIn(data, "import", "--from", "loop", view.toString()).err())
                .contains("Repetitions: is not a table, as in Loop's backups (it is a view)");
        assertThat(rune.runIn(data, "import", "--from", "loop", journaled.toString()).err())
                .contains("has changes not yet written into it (in journaled.db-wal beside it)");
        assertThat(rune.runIn(data, "import", "--from", "loop", partial.toString()).err())
                .contains("habit \"Meditate\": Habits.csv lists it as number 001, but the export has no 001");
        export().forEach(collection -> assertThat(collection).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {26, 30})
    void aBackupOfANewerLoopIsRefused(int schema) throws Exception {
        Path backup = temp.resolve("new.db");
        LoopFixture.backup(backup, schema, LoopFixture.sampleHabits(), LoopFixture.sampleValues(FIRST));

        CommandLineRunner.Run run = rune.runIn(data, "import", "--from", "loop", backup.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err().strip()).isEqualTo(backup + ": was made by a newer Loop (schema " + schema + "); Rune"
                + " reads Loop backups of schemas 12 to 25. Export a CSV from Loop instead. Nothing was imported.");
    }

    @Test
    void aValueLoopDoesNotWriteRefusesTheFileNamingHabitAndDayAndChangesNothing() throws Exception {
        Path backup = temp.resolve("seven.db");
        List<Value> values = new ArrayList<>(LoopFixture.sampleValues(FIRST));
        values.add(new Value(1, LocalDate.of(2025, 6, 20), 7, ""));
        LoopFixture.backup(backup, 25, LoopFixture.sampleHabits(), values);
        Path earlier = temp.resolve("earlier.db");
        LoopFixture.backup(earlier, 25, LoopFixture.sampleHabits(), LoopFixture.sampleValues(FIRST));
        assertThat(rune.runIn(data, "import", "--from", "loop", earlier.toString()).status()).isZero();
        String before = rune.runIn(data, "export").out();

        CommandLineRunner.Run run = rune.runIn(data, "import", "--from", "loop", backup.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err().strip()).isEqualTo(backup + ": habit \"Meditate\", 2025-06-20: has the value 7, which"
                + " Loop does not write (2 yes, 1 filled in by Loop, 0 no, 3 skipped, -1 unknown). Nothing was"
                + " imported.");
        assertThat(rune.runIn(data, "export").out()).isEqualTo(before);
    }

    @Test
    void aBrokenCsvLineIsNamedByFileAndLine() throws Exception {
        Map<String, String> files = new TreeMap<>(LoopFixture.csvFiles(LoopFixture.sampleHabits(),
                LoopFixture.sampleValues(FIRST)));
        files.put("001 Meditate/Checkmarks.csv", "Date,Value,Notes\n2025-06-01,YES_MANUAL,fine\n"
                + "2025-06-02,NO,\"never closed\n");
        Path zip = temp.resolve("broken.zip");
        LoopFixture.csvZip(zip, files);

        CommandLineRunner.Run run = rune.runIn(data, "import", "--from", "loop", zip.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("001 Meditate/Checkmarks.csv: line 3 cannot be read as CSV");
        JsonNode exported = export();
        exported.forEach(collection -> assertThat(collection).isEmpty());
    }

    @Test
    void aFileOfNeitherKindIsRefusedPlainly() throws Exception {
        Path text = temp.resolve("notes.txt");
        Files.writeString(text, "hello");

        CommandLineRunner.Run run = rune.runIn(data, "import", "--from", "loop", text.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("is neither a Loop Habit Tracker backup").doesNotContain("Exception");
    }

    @Test
    void aUserIdWithControlCharactersIsRefusedShownEscaped() throws Exception {
        Path backup = temp.resolve("b.db");
        LoopFixture.backup(backup, 25, LoopFixture.sampleHabits(), LoopFixture.sampleValues(FIRST));

        CommandLineRunner.Run run = rune.runIn(data, "import", "--from", "loop", backup.toString(), "--user",
                "kim\u001b[31m");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("The user id \"kim\\u001B[31m\" holds control characters")
                .doesNotContain("\u001b");
    }

    private JsonNode export() throws Exception {
        return export(data);
    }

    private JsonNode export(Path folder) throws Exception {
        return json.readTree(rune.runIn(folder, "export").out());
    }

    private static Map<String, JsonNode> days(JsonNode exported) {
        Map<String, JsonNode> days = new TreeMap<>();
        exported.get("daily_progress").forEach(d -> days.put(d.get("date").asText(), d));
        return days;
    }

    /** Each day's entries and day notes, for comparing two imports whose ids differ. */
    private static Map<String, List<String>> allEntries(JsonNode exported) {
        Map<String, List<String>> all = new TreeMap<>();
        days(exported).forEach((date, day) -> {
            List<String> lines = new ArrayList<>(entries(day));
            if (day.has("day_notes")) {
                lines.add("notes=" + day.get("day_notes").asText());
            }
            all.put(date, lines);
        });
        return all;
    }

    private static List<String> entries(JsonNode day) {
        List<String> lines = new ArrayList<>();
        for (JsonNode e : day.get("tasks")) {
            ObjectNode entry = (ObjectNode) e;
            StringBuilder line = new StringBuilder(entry.get("task_id").asText() + " " + entry.get("completed"));
            if (entry.hasNonNull("skip_reason")) {
                line.append(" skip=").append(entry.get("skip_reason").asText());
            }
            if (entry.hasNonNull("amount")) {
                line.append(" amount=").append(entry.get("amount").decimalValue().toPlainString());
            }
            if (entry.hasNonNull("notes")) {
                line.append(" note=").append(entry.get("notes").asText());
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
