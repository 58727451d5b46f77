package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.Launcher;
import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.support.JavaProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** rune today / check / skip / checkin, on a user with two approved tasks; the clock says 2025-07-01. */
class DayCommandsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final String USER_FILE = """
            {"user_goals": [{"_id": "ana",
               "long_term_goal": {"title": "Hold a 10-minute conversation in Spanish", "status": "active"},
               "daily_tasks": [
                 {"id": "task_1", "title": "Duolingo practice", "estimated_time": 20, "priority": 1},
                 {"id": "task_2", "title": "Vocabulary flashcards", "estimated_time": 15, "priority": 2}],
               "goal_refinement_history": []}],
             "user_preferences": [{"_id": "ana", "communication_style": {"timezone": "UTC"}}],
             "conversation_context": [{"_id": "ana", "current_conversation_phase": "daily_tracking",
               "pending_actions": [], "interaction_count": 3}]}
            """;

    @TempDir
    Path temp;

    private Path data;
    private CommandLineRunner rune;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data");
        rune = new CommandLineRunner(temp.resolve("home"), Map.of());
        Path file = Files.writeString(temp.resolve("ana.json"), USER_FILE);
        assertThat(run("import", file.toString()).status()).isZero();
    }

    private CommandLineRunner.Run run(String... args) {
        return rune.runIn(data, args);
    }

    private DailyProgress stored(LocalDate date) throws Exception {
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            return store.dailyProgress().findByUserAndDate("ana", date).orElseThrow();
        }
    }

    private String export() {
        return run("export").out();
    }

    @Test
    void todayListsTheTasksInOrder() {
        CommandLineRunner.Run today = run("today");

        assertThat(today.status()).isEqualTo(ExitStatus.OK);
        assertThat(today.out()).contains("Tuesday 1 July 2025 (today) \u2014 ana")
                .contains("1. [ ] task_1   Duolingo practice \u00b7 20 min")
                .contains("2. [ ] task_2   Vocabulary flashcards \u00b7 15 min")
                .contains("Not checked in yet");
    }

    @Test
    void checkSkipAndCheckInRecordTheDay() throws Exception {
        assertThat(run("check", "task_1", "--notes", "Did 3 lessons", "--difficulty", "3", "--satisfaction", "5")
                .out()).contains("[x] task_1", "done at 09:00", "difficulty 3/5", "notes: Did 3 lessons");
        assertThat(run("skip", "task_2", "--reason", "ran_out_of_time", "--obstacle", "work_overtime",
                "--obstacle", "tired").out()).contains("[-] task_2", "skipped: ran_out_of_time",
                "obstacles: work_overtime, tired");
        assertThat(run("checkin", "--day-rating", "4", "--mood", "motivated").out())
                .contains("Check-in: day 4/5 \u00b7 mood motivated \u00b7 at 09:00");

        DailyProgress day = stored(TODAY);
        assertThat(day.tasks()).containsExactly(
                new TaskEntry("task_1", "Duolingo practice", true, CommandLineRunner.CLOCK.instant(), "Did 3 lessons",
                        3, 5, null, List.of()),
                new TaskEntry("task_2", "Vocabulary flashcards", false, null, null, null, null, "ran_out_of_time",
                        List.of("work_overtime", "tired")));
        assertThat(day.overallDayRating()).isEqualTo(4);
        assertThat(day.moodAfterTasks()).isEqualTo("motivated");
    }

    @Test
    void notesAloneKeepTheRatingsGivenBefore() throws Exception {
        run("check", "task_1", "--difficulty", "2");
        run("check", "task_1", "--notes", "Easy today");

        TaskEntry entry = stored(TODAY).tasks().get(0);
        assertThat(entry.difficultyRating()).isEqualTo(2);
        assertThat(entry.notes()).isEqualTo("Easy today");
    }

    @Test
    void anEarlierDayCanBeFilledInWithARestDay() throws Exception {
        assertThat(run("checkin", "--date", "2025-06-29", "--day-rating", "3", "--rest-day").status()).isZero();

        assertThat(stored(LocalDate.of(2025, 6, 29)).restDay()).isTrue();
        assertThat(run("today", "--date", "2025-06-29").out()).contains("Sunday 29 June 2025 \u2014 ana",
                "rest day");
    }

    @Test
    void badInputIsRefusedWithStatus2AndNothingIsWritten() {
        String before = export();
        record Case(String[] args, String message) {
        }
        List<Case> cases = List.of(
                new Case(new String[] {"check", "task_9"}, "There is no task \"task_9\" on 2025-07-01; tasks: task_1, task_2"),
                new Case(new String[] {"check", "task_1", "--date", "2025-07-02"}, "2025-07-02 is in the future"),
                new Case(new String[] {"check", "task_1", "--difficulty", "6"}, "The difficulty must be from 1 to 5, not 6"),
                new Case(new String[] {"check", "task_1", "--satisfaction", "0"}, "The satisfaction must be from 1 to 5"),
                new Case(new String[] {"skip", "task_1"}, "Missing required option: '--reason=R'"),
                new Case(new String[] {"skip", "task_3", "--reason", "tired"}, "There is no task \"task_3\""),
                new Case(new String[] {"checkin", "--day-rating", "9"}, "The day rating must be from 1 to 5, not 9"),
                new Case(new String[] {"checkin"}, "Missing required option: '--day-rating=N'"),
                new Case(new String[] {"today", "--date", "1st of July"}, "\"1st of July\" is not a date (YYYY-MM-DD"),
                new Case(new String[] {"today", "--user", "bo"}, "There is no user \"bo\""),
                new Case(new String[] {"check", "task_1", "--difficulty", "hard"}, "Invalid value for option '--difficulty'"),
                // An obstacle becomes a field name of the analytics: what a backup could not restore is refused here.
                new Case(new String[] {"skip", "task_1", "--reason", "tired", "--obstacle", "_id"},
                        "Obstacle \"_id\": \"_id\" is reserved for the database's own ids; use another name."),
                new Case(new String[] {"skip", "task_1", "--reason", "tired", "--obstacle", "o".repeat(1001)},
                        "Obstacle \"" + "o".repeat(60) + "...(1001 characters)\": is 1,001 characters long;"
                                + " a name may have at most 1,000."),
                new Case(new String[] {"skip", "task_1", "--reason", "tired", "--obstacle", "work", "--obstacle", ""},
                        "--obstacle \"\" is empty: say what got in the way, or leave --obstacle out."),
                new Case(new String[] {"skip", "task_1", "--reason", "tired", "--obstacle", "  "},
                        "--obstacle \"  \" is empty: say what got in the way, or leave --obstacle out."));

        for (Case c : cases) {
            CommandLineRunner.Run run = run(c.args());
            assertThat(run.status()).as(String.join(" ", c.args())).isEqualTo(ExitStatus.INVALID_INPUT);
            assertThat(run.err()).as(String.join(" ", c.args())).contains(c.message()).doesNotContain("Exception");
        }
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void severalUsersNeedTheUserOption() throws Exception {
        Path bo = Files.writeString(temp.resolve("bo.json"), "{\"user_preferences\": [{\"_id\": \"bo\"}]}");
        run("import", bo.toString());

        CommandLineRunner.Run run = run("today");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("several users", "ana, bo", "--user ID");
        assertThat(run("today", "--user", "ana").status()).isZero();
    }

    @Test
    @Timeout(60)
    void aTickIsOnDiskWhenTheCommandReturns() throws Exception {
        Process check = JavaProcess.start(Launcher.class, "--data-dir", data.toString(), "check", "task_2");
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).isZero();

        Process today = JavaProcess.start(Launcher.class, "--data-dir", data.toString(), "today");
        assertThat(today.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(today.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(out).contains("[x] task_2").contains("[ ] task_1");
    }
}
