package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.TestData;
import app.rune.model.DataSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored text and arguments holding terminal escapes (ESC, BEL, other C0 and C1 controls) or characters that
 * reorder a line (U+202E) are shown escaped wherever the command line prints them, so that a note cannot retitle
 * or clear the terminal or disguise what is printed next to it.
 */
class TerminalEscapesTest {
    /** What a terminal acts on or reorders: C0 controls but the line end, DEL, C1 controls, direction marks. */
    private static final Pattern RAW = Pattern.compile(
            "[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029]");
    private static final String ESCAPES = """
            {"user_goals": [{"_id": "ana\\u001B]0;owned\\u0007",
               "long_term_goal": {"title": "Spanish\\u001B[2J", "status": "active"},
               "daily_tasks": [
                 {"id": "task_1", "title": "Duolingo\\u001B[31m red\\u009B0m", "estimated_time": 20, "priority": 1},
                 {"id": "t\\u0007two", "title": "Flash\\u202Esdrac", "estimated_time": 15, "priority": 2}],
               "goal_refinement_history": []}],
             "user_preferences": [{"_id": "ana\\u001B]0;owned\\u0007", "communication_style": {"timezone": "UTC"}}],
             "conversation_context": [{"_id": "ana\\u001B]0;owned\\u0007", "current_conversation_phase": "daily_tracking",
               "pending_actions": [], "interaction_count": 3}],
             "daily_progress": [{"_id": "d1", "user_id": "ana\\u001B]0;owned\\u0007", "date": "2025-07-01",
               "tasks": [
                 {"task_id": "task_1", "task_title": "Duolingo\\u001B[31m red\\u009B0m", "completed": true,
                  "notes": "line one\\n  2. [x] fake line\\u001B[1A\\u0085"},
                 {"task_id": "t\\u0007two", "task_title": "Flash\\u202Esdrac", "completed": false,
                  "skip_reason": "tired\\u0007", "obstacles": ["work\\u001B[2J", "\\u202Eevil"]}],
               "overall_day_rating": 3, "mood_after_tasks": "calm\\u001B]2;title\\u0007",
               "check_in_time": "2025-07-01T08:00:00Z"}]}
            """;
    private static final String ANA = "ana\u001B]0;owned\u0007";

    @TempDir
    Path temp;

    private Path data;
    private CommandLineRunner rune;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data");
        rune = new CommandLineRunner(temp.resolve("home"), Map.of());
        Path file = Files.writeString(temp.resolve("escapes.json"), ESCAPES);
        CommandLineRunner.Run imported = run("import", file.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
    }

    private CommandLineRunner.Run run(String... args) {
        return rune.runIn(data, args);
    }

    @Test
    void todayShowsEveryStoredTextEscapedAndOneLinePerTask() {
        CommandLineRunner.Run today = run("today");

        assertThat(today.status()).isEqualTo(ExitStatus.OK);
        assertThat(RAW.matcher(today.out()).find()).as(today.out()).isFalse();
        assertThat(today.out())
                .contains("\u2014 ana\\u001B]0;owned\\u0007")
                .contains("Duolingo\\u001B[31m red\\u009B0m")
                .contains("notes: line one\\u000A  2. [x] fake line\\u001B[1A\\u0085")
                .contains("t\\u0007two", "Flash\\u202Esdrac", "skipped: tired\\u0007")
                .contains("obstacles: work\\u001B[2J, \\u202Eevil")
                .contains("mood calm\\u001B]2;title\\u0007")
                .doesNotContain("\n  2. [x] fake line");
    }

    @Test
    void usersShowsIdsEscaped() {
        CommandLineRunner.Run users = run("users");

        assertThat(users.out()).isEqualTo("ana\\u001B]0;owned\\u0007" + System.lineSeparator());
    }

    @Test
    void statsAndExportKeepTheirJsonMeaningWithoutRawControls() throws Exception {
        CommandLineRunner.Run stats = run("stats");
        CommandLineRunner.Run export = run("export");

        assertThat(RAW.matcher(stats.out()).find()).as(stats.out()).isFalse();
        assertThat(stats.out()).contains("\"\\u202Eevil\" : 1");
        assertThat(RAW.matcher(export.out()).find()).isFalse();
        DataSet exported = TestData.json().readValue(export.out().getBytes(StandardCharsets.UTF_8), DataSet.class);
        assertThat(exported.dailyProgress().get(0).tasks().get(0).notes())
                .isEqualTo("line one\n  2. [x] fake line\u001B[1A\u0085");
        assertThat(exported.userGoals().get(0).dailyTasks().get(1).title()).isEqualTo("Flash\u202Esdrac");
    }

    @Test
    void argumentsEchoedInMessagesAreEscaped() {
        CommandLineRunner.Run user = run("today", "--user", "bo\u001B[2J\nfake");
        CommandLineRunner.Run task = run("check", "x\u001B]0;t\u0007", "--user", ANA);
        CommandLineRunner.Run date = run("today", "--date", "\u001B[2J", "--user", ANA);

        for (CommandLineRunner.Run each : new CommandLineRunner.Run[] {user, task, date}) {
            assertThat(each.status()).isEqualTo(ExitStatus.INVALID_INPUT);
            assertThat(RAW.matcher(each.err()).find()).as(each.err()).isFalse();
        }
        assertThat(user.err()).contains("There is no user \"bo\\u001B[2J\\u000Afake\"",
                "Users: ana\\u001B]0;owned\\u0007.");
        assertThat(task.err()).contains("There is no task \"x\\u001B]0;t\\u0007\"");
        assertThat(date.err()).contains("\"\\u001B[2J\" is not a date");
    }

    @Test
    void aFileNameAndTheValuesOfABadImportAreEscaped() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad\u001B]0;x\u0007.json"),
                "{\"user_preferences\": [{\"_id\": \"\\u001B[2J\", \"reminder_settings\": {\"reminder_time\": \"7\\u0007pm\"}}]}");

        CommandLineRunner.Run refused = run("import", bad.toString());

        assertThat(refused.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(RAW.matcher(refused.err()).find()).as(refused.err()).isFalse();
        assertThat(refused.err()).contains("bad\\u001B]0;x\\u0007.json", "\"7\\u0007pm\"");
    }
}
