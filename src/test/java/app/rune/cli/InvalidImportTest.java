package app.rune.cli;

import app.rune.ExitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad import file is refused with a message that says what and where, and nothing changes. */
class InvalidImportTest {
    @TempDir
    Path temp;

    private Path data;
    private CommandLineRunner rune;
    private String exportBefore;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data");
        rune = new CommandLineRunner(temp.resolve("home"), Map.of());
        Path seed = temp.resolve("seed.json");
        Files.writeString(seed, TestData.seedTree().toPrettyString());
        assertThat(rune.run("--data-dir", data.toString(), "import", seed.toString()).status()).isZero();
        exportBefore = rune.run("--data-dir", data.toString(), "export").out();
    }

    static Stream<Arguments> badFiles() {
        String goodDay = "{\"_id\": \"d1\", \"user_id\": \"ana\", \"date\": \"2025-07-01\", \"tasks\": []}";
        return Stream.of(
                Arguments.of("rating out of range",
                        "{\"daily_progress\": [" + goodDay + ", " + goodDay.replace("d1", "d2").replace("07-01", "07-02")
                                + ", " + goodDay.replace("d1", "d3").replace("07-01", "07-03")
                                + ", {\"_id\": \"d4\", \"user_id\": \"ana\", \"date\": \"2025-07-04\", \"tasks\": ["
                                + "{\"task_id\": \"t1\", \"task_title\": \"Run\", \"completed\": true},"
                                + "{\"task_id\": \"t2\", \"task_title\": \"Read\", \"completed\": true, \"difficulty_rating\": 9}]}]}",
                        "daily_progress[3].tasks[1].difficulty_rating: 9 is outside 1..5"),
                Arguments.of("unknown field",
                        "{\"user_goals\": [{\"_id\": \"ana\", \"long_term_goal\": {\"title\": \"Run\", \"status\": \"active\","
                                + " \"colour\": \"red\"}}]}",
                        "user_goals[0].long_term_goal.colour: unknown field"),
                Arguments.of("unknown collection", "{\"goals\": []}", "goals: unknown collection"),
                Arguments.of("wrong type",
                        "{\"daily_progress\": [{\"_id\": \"d1\", \"user_id\": \"ana\", \"date\": \"2025-07-01\","
                                + " \"tasks\": [], \"overall_day_rating\": \"good\"}]}",
                        "daily_progress[0].overall_day_rating: expected a whole number, got \"good\""),
                Arguments.of("collection not a list", "{\"user_goals\": {}}", "user_goals: must be a list of documents"),
                Arguments.of("bad date",
                        "{\"daily_progress\": [{\"_id\": \"d1\", \"user_id\": \"ana\", \"date\": \"2025-02-30\", \"tasks\": []}]}",
                        "daily_progress[0].date: \"2025-02-30\" is not a date"),
                // An import stores documents as given: a value Rune would write back in another form is refused.
                Arguments.of("a date and time where a date belongs",
                        goodDayWith("\"date\": \"2025-06-28T10:00:00Z\""),
                        "daily_progress[0].date: \"2025-06-28T10:00:00Z\" must be a date alone (YYYY-MM-DD),"
                                + " e.g. 2025-06-28"),
                Arguments.of("a date as a list", goodDayWith("\"date\": [2025, 6, 28]"),
                        "daily_progress[0].date: a list is not a date; write it as text (YYYY-MM-DD), e.g. \"2025-06-28\""),
                Arguments.of("an instant with an offset",
                        goodDayWith("\"check_in_time\": \"2025-06-28T10:00:00+02:00\""),
                        "daily_progress[0].check_in_time: \"2025-06-28T10:00:00+02:00\" must be UTC with a Z,"
                                + " e.g. 2025-06-28T08:00:00Z"),
                Arguments.of("a leap second", goodDayWith("\"created_at\": \"2016-12-31T23:59:60Z\""),
                        "daily_progress[0].created_at: \"2016-12-31T23:59:60Z\" has second 60 (a leap second), which"
                                + " Rune cannot keep; write 2016-12-31T23:59:59Z"),
                Arguments.of("an instant with a zero fraction", goodDayWith("\"created_at\": \"2025-06-28T08:00:00.000Z\""),
                        "daily_progress[0].created_at: \"2025-06-28T08:00:00.000Z\" must be written"
                                + " 2025-06-28T08:00:00Z, as Rune writes it"),
                Arguments.of("an instant in lower case", goodDayWith("\"created_at\": \"2025-06-28t08:00:00z\""),
                        "daily_progress[0].created_at: \"2025-06-28t08:00:00z\" must be written"
                                + " 2025-06-28T08:00:00Z, as Rune writes it"),
                Arguments.of("an instant as a number", goodDayWith("\"created_at\": 1719561600"),
                        "daily_progress[0].created_at: 1719561600 is not a date and time; write it as text in UTC,"
                                + " e.g. \"2025-06-28T08:30:00Z\""),
                Arguments.of("a time of day as a list",
                        "{\"user_preferences\": [{\"_id\": \"ana\", \"reminder_settings\": {\"reminder_time\": [19, 0]}}]}",
                        "user_preferences[0].reminder_settings.reminder_time: a list is not a time of day; write it as"
                                + " text (HH:mm), e.g. \"20:00\""),
                Arguments.of("a time of day with seconds",
                        "{\"user_preferences\": [{\"_id\": \"ana\", \"reminder_settings\": {\"reminder_time\": \"19:00:00\"}}]}",
                        "user_preferences[0].reminder_settings.reminder_time: \"19:00:00\" is not a time of day (HH:mm"),
                Arguments.of("bad instant",
                        "{\"daily_progress\": [{\"_id\": \"d1\", \"user_id\": \"ana\", \"date\": \"2025-07-01\","
                                + " \"tasks\": [], \"check_in_time\": \"yesterday evening\"}]}",
                        "daily_progress[0].check_in_time: \"yesterday evening\" is not a date and time"),
                Arguments.of("bad time",
                        "{\"user_preferences\": [{\"_id\": \"ana\", \"reminder_settings\": {\"reminder_time\": \"7pm\"}}]}",
                        "user_preferences[0].reminder_settings.reminder_time: \"7pm\" is not a time of day (HH:mm"),
                Arguments.of("bad time zone",
                        "{\"user_preferences\": [{\"_id\": \"ana\", \"communication_style\": {\"timezone\": \"UTC+25\"}}]}",
                        "user_preferences[0].communication_style.timezone: \"UTC+25\" is not a time zone"),
                Arguments.of("unknown enum value",
                        "{\"conversation_context\": [{\"_id\": \"ana\", \"relationship_stage\": \"besties\"}]}",
                        "conversation_context[0].relationship_stage: \"besties\" is not one of new, building, established, close"),
                Arguments.of("empty title",
                        "{\"user_goals\": [{\"_id\": \"ana\", \"long_term_goal\": {\"title\": \"  \", \"status\": \"active\"},"
                                + " \"daily_tasks\": [{\"id\": \"t1\", \"title\": \"\"}]}]}",
                        "user_goals[0].daily_tasks[0].title: must not be empty"),
                Arguments.of("duplicate user and date in the file",
                        "{\"daily_progress\": [" + goodDay + ", " + goodDay.replace("d1", "d2") + "]}",
                        "daily_progress[1]: user \"ana\" has another document for 2025-07-01 in this file (daily_progress[0])"),
                Arguments.of("duplicate user and date against the store",
                        "{\"daily_progress\": [{\"_id\": \"new\", \"user_id\": \"user_id\", \"date\": \"2025-06-28\", \"tasks\": []}]}",
                        "daily_progress[0]: user \"user_id\" already has a document for 2025-06-28 with _id \"ObjectId\""),
                Arguments.of("duplicate _id in the file",
                        "{\"user_preferences\": [{\"_id\": \"ana\"}, {\"_id\": \"ana\"}]}",
                        "user_preferences[1]._id: \"ana\" is also the _id of user_preferences[0]"),
                Arguments.of("missing _id", "{\"user_analytics\": [{\"goal_completion_rate\": 0.5}]}",
                        "user_analytics[0]._id: missing"),
                Arguments.of("rate outside 0..1", "{\"user_analytics\": [{\"_id\": \"ana\", \"goal_completion_rate\": 1.5}]}",
                        "user_analytics[0].goal_completion_rate: 1.5 is outside 0..1"),
                Arguments.of("max daily tasks outside 1..10",
                        "{\"user_preferences\": [{\"_id\": \"ana\", \"goal_patterns\": {\"max_daily_tasks\": 12}}]}",
                        "user_preferences[0].goal_patterns.max_daily_tasks: 12 is outside 1..10"),
                Arguments.of("a document that is not an object", "{\"user_goals\": [42]}", "user_goals[0]: must be an object"),
                Arguments.of("the database's reserved name as a task id (analytics would key a map by it)",
                        "{\"daily_progress\": [{\"_id\": \"d1\", \"user_id\": \"ana\", \"date\": \"2025-07-01\", \"tasks\": ["
                                + "{\"task_id\": \"_id\", \"task_title\": \"Run\", \"obstacles\": [\"_id\"]}]}]}",
                        "daily_progress[0].tasks[0].task_id: \"_id\" is reserved for the database's own ids"),
                Arguments.of("an obstacle longer than a field name may be (analytics would key a map by it)",
                        "{\"daily_progress\": [{\"_id\": \"d1\", \"user_id\": \"ana\", \"date\": \"2025-07-01\", \"tasks\": ["
                                + "{\"task_id\": \"t1\", \"task_title\": \"Run\", \"obstacles\": [\"" + "o".repeat(1001) + "\"]}]}]}",
                        "daily_progress[0].tasks[0].obstacles[0]: is 1,001 characters long; a name may have at most 1,000"),
                Arguments.of("a task id longer than a field name may be",
                        "{\"user_goals\": [{\"_id\": \"ana\", \"long_term_goal\": {\"title\": \"Run\", \"status\": \"active\"},"
                                + " \"daily_tasks\": [{\"id\": \"" + "t".repeat(1001) + "\", \"title\": \"Jog\"}]}]}",
                        "user_goals[0].daily_tasks[0].id: is 1,001 characters long; a name may have at most 1,000"),
                Arguments.of("an empty task id in the analytics",
                        "{\"user_analytics\": [{\"_id\": \"ana\", \"task_difficulty_trends\": {\"\": {\"completion_rate\": 1}}}]}",
                        "user_analytics[0].task_difficulty_trends.\"\": must not be empty"),
                Arguments.of("fraction where a whole number belongs",
                        "{\"user_goals\": [{\"_id\": \"ana\", \"long_term_goal\": {\"title\": \"Run\", \"status\": \"active\"},"
                                + " \"daily_tasks\": [{\"id\": \"t1\", \"title\": \"Jog\", \"estimated_time\": 12.5}]}]}",
                        "user_goals[0].daily_tasks[0].estimated_time: 12.5 is not a whole number"),
                Arguments.of("duplicate key in an object",
                        "{\"user_preferences\": [{\"_id\": \"ana\", \"_id\": \"bo\"}]}", "user_preferences[0]._id: duplicate field '_id'"),
                Arguments.of("not JSON at all", "this is not JSON", "not valid JSON (line 1, column"),
                Arguments.of("cut short", "{\"user_goals\": [{\"_id\": \"ana\", \"long_term_goal\": {\"title\": \"Ru",
                        "not valid JSON (line 1, column 63, inside user_goals[0].long_term_goal.title):"
                                + " the file ends in the middle of a value; it may have been cut short"),
                Arguments.of("empty file", "", "the file is empty"),
                Arguments.of("JSON but not an object", "[1, 2, 3]", "expected a JSON object whose keys are collection names"),
                Arguments.of("too many recent messages", "{\"conversation_context\": [{\"_id\": \"ana\", \"recent_messages\": ["
                        + String.join(",", Collections.nCopies(201,
                                "{\"from\": \"coach\", \"intent\": \"greeting\", \"text\": \"Hi\", \"created_at\": \"2025-07-01T07:00:00Z\"}"))
                        + "]}]}", "conversation_context[0].recent_messages: 201 messages, but only the newest 200 are kept"));
    }

    /** A day of ana's with {@code fields} in place of its date, or added to it. */
    private static String goodDayWith(String fields) {
        String day = fields.startsWith("\"date\"")
                ? "{\"_id\": \"d1\", \"user_id\": \"ana\", " + fields + ", \"tasks\": []}"
                : "{\"_id\": \"d1\", \"user_id\": \"ana\", \"date\": \"2025-07-01\", \"tasks\": [], " + fields + "}";
        return "{\"daily_progress\": [" + day + "]}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isRefusedWithItsPathAndNothingChanges(String kind, String content, String expectedMessage) throws Exception {
        Path file = temp.resolve("bad.json");
        Files.writeString(file, content);

        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "import", file.toString());

        assertThat(run.status()).as(kind).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).as(kind).contains(expectedMessage).containsIgnoringCase("nothing was imported")
                .doesNotContain("Exception", "\tat ");
        assertThat(rune.run("--data-dir", data.toString(), "export").out()).as(kind).isEqualTo(exportBefore);
    }

    @Test
    void everyProblemInAFileIsListedAtOnce() throws Exception {
        Path file = temp.resolve("bad.json");
        Files.writeString(file, """
                {"user_goals": [{"_id": "ana", "long_term_goal": {"title": "", "status": "done", "target_date": "soon"}}],
                 "daily_progress": [{"_id": "d1", "user_id": "ana", "date": "2025-07-01", "tasks": [
                    {"task_id": "t1", "task_title": "Run", "completed": "yes", "difficulty_rating": 0}]}]}
                """);

        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "import", file.toString());

        assertThat(run.err()).contains("5 problems",
                "user_goals[0].long_term_goal.title: must not be empty",
                "user_goals[0].long_term_goal.status: \"done\" is not one of",
                "user_goals[0].long_term_goal.target_date: \"soon\" is not a date",
                "daily_progress[0].tasks[0].completed: expected true or false, got \"yes\"",
                "daily_progress[0].tasks[0].difficulty_rating: 0 is outside 1..5");
    }

    @Test
    void aFileThatIsNotJsonGetsOneLine() throws Exception {
        Path file = temp.resolve("notes.txt");
        Files.writeString(file, "Dear diary,\ntoday I ran 5 km.\n");

        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "import", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err().strip()).hasLineCount(1).startsWith(file + ": not valid JSON");
    }

    @Test
    void aCsvFileGivenAsJsonIsToldItsFlagAndNoFolderIsMade() throws Exception {
        Path file = temp.resolve("progress.csv");
        Files.writeString(file, "user_id,date,task_id,done\nana,2025-07-01,t1,yes\n");
        Path fresh = temp.resolve("fresh");

        CommandLineRunner.Run run = rune.run("--data-dir", fresh.toString(), "import", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err().strip()).isEqualTo(file + ": this is a CSV file, not a Rune export (JSON); Rune's"
                + " progress CSV is imported with --from csv. Nothing was imported.");
        assertThat(fresh).doesNotExist();
    }

    /** Bad input is bad input before anything else: where the folder could not even be made, it is still status 2. */
    @Test
    void aFileCutShortIsRefusedBeforeTheDataFolderIsMade() throws Exception {
        Path file = temp.resolve("cut.json");
        Files.writeString(file, "{\"user_goals\": [{\"_id\": \"ana\", \"long_term_goal\": {\"title\": \"Ru");
        Path blocker = Files.writeString(temp.resolve("not-a-folder"), "a file");

        for (Path folder : List.of(temp.resolve("fresh"), blocker.resolve("data"))) {
            CommandLineRunner.Run run = rune.run("--data-dir", folder.toString(), "import", file.toString());

            assertThat(run.status()).as(folder.toString()).isEqualTo(ExitStatus.INVALID_INPUT);
            assertThat(run.err().strip()).as(folder.toString()).isEqualTo(file + ": not valid JSON (line 1, column 63,"
                    + " inside user_goals[0].long_term_goal.title): the file ends in the middle of a value; it may have"
                    + " been cut short. Nothing was imported.");
            assertThat(Files.exists(folder)).as(folder + " made").isFalse();
        }
    }

    @Test
    void aLoopBackupGivenAsJsonIsToldItsFlag() throws Exception {
        Path file = temp.resolve("Loop Habits Backup.db");
        Files.write(file, "SQLite format 3\0and pages".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "import", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("this is a database file (SQLite), not a Rune export (JSON); a Loop Habit"
                + " Tracker backup is imported with --from loop");
        assertThat(rune.run("--data-dir", data.toString(), "export").out()).isEqualTo(exportBefore);
    }

    @Test
    void aLoopOfSymbolicLinksIsInvalidInputInWords() throws Exception {
        Path one = temp.resolve("one.json");
        Path two = temp.resolve("two.json");
        try {
            Files.createSymbolicLink(one, two);
            Files.createSymbolicLink(two, one);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }

        for (String[] args : List.of(new String[] {"import", one.toString()},
                new String[] {"import", "--from", "csv", one.toString()}, new String[] {"restore", one.toString()})) {
            CommandLineRunner.Run run = rune.run(concat("--data-dir", data.toString(), args));

            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(ExitStatus.INVALID_INPUT);
            assertThat(run.err()).as(String.join(" ", args))
                    .contains(one + ": is a symbolic link that leads back to itself").doesNotContain("Too many levels");
        }
        assertThat(rune.run("--data-dir", data.toString(), "export").out()).isEqualTo(exportBefore);
    }

    private static String[] concat(String a, String b, String... rest) {
        String[] all = new String[rest.length + 2];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    @Test
    void aMissingFileIsInvalidInput() {
        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "import", temp.resolve("nope.json").toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("nope.json: no such file");
    }

    @Test
    void aFolderIsNotAnImportFile() {
        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "import", temp.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("is a folder, not a file");
    }

    /** Refused into a data folder that did not exist, an import leaves no folder behind; into one that did, it stays. */
    @Test
    void aRefusedImportLeavesNoNewDataFolderBehind() throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{\"goals\": []}");
        Path csv = temp.resolve("bad.csv");
        Files.writeString(csv, "date,task,done\n2025-02-30,Run,yes\n");
        Path parent = temp.resolve("new-parent");

        for (List<String> command : List.of(List.of("import", bad.toString()),
                List.of("import", "--from", "csv", "--user", "ana", csv.toString()),
                List.of("import", "--from", "loop", "--user", "ana", bad.toString()))) {
            Path fresh = parent.resolve("data");
            List<String> args = new ArrayList<>(List.of("--data-dir", fresh.toString()));
            args.addAll(command);

            CommandLineRunner.Run run = rune.run(args.toArray(String[]::new));

            assertThat(run.status()).as(String.join(" ", command)).isEqualTo(ExitStatus.INVALID_INPUT);
            assertThat(fresh).as("after " + String.join(" ", command)).doesNotExist();
        }
        assertThat(rune.run("--data-dir", data.toString(), "import", bad.toString()).status())
                .isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(data.resolve("rune.db")).exists();
        assertThat(rune.run("--data-dir", data.toString(), "export").out()).isEqualTo(exportBefore);
    }
}
