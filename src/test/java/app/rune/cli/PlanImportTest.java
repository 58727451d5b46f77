package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schedules, targets, amounts and the day's start go in and out of the data file unchanged, and a wrong one is
 * refused with its path and in the person's terms, changing nothing.
 */
class PlanImportTest {
    private static final String PLAN = """
            {"user_goals": [{"_id": "ana", "long_term_goal": {"title": "Get fit", "status": "active"},
               "daily_tasks": [
                 {"id": "gym", "title": "Gym", "schedule": {"every": "week", "days": ["mon", "wed", "fri"]}},
                 {"id": "run", "title": "Run", "schedule": {"every": "week", "times": 3},
                  "earlier_schedules": [{"until": "2026-02-01"}]},
                 {"id": "call", "title": "Call family", "schedule": {"every": "month", "times": 4}},
                 {"id": "read", "title": "Read", "target": {"amount": 20, "unit": "pages", "kind": "at_least"}},
                 {"id": "coffee", "title": "Coffee", "schedule": {"every": "day"},
                  "target": {"amount": 2, "unit": "cups", "kind": "at_most"}}],
               "goal_refinement_history": []}],
             "daily_progress": [{"_id": "d1", "user_id": "ana", "date": "2026-03-02", "tasks": [
                 {"task_id": "read", "task_title": "Read", "completed": false, "amount": 12.5},
                 {"task_id": "coffee", "task_title": "Coffee", "completed": true, "amount": 0},
                 {"task_id": "gym", "task_title": "Gym", "completed": true}]}],
             "user_preferences": [{"_id": "ana", "goal_patterns": {"day_starts_at": "04:00"}}]}""";

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
    void aPlanRoundTripsThroughTheDataFileExactly() throws Exception {
        Path file = temp.resolve("plan.json");
        Files.writeString(file, PLAN);

        assertThat(rune.run("--data-dir", data.toString(), "import", file.toString()).status()).isZero();
        JsonNode exported = json.readTree(rune.run("--data-dir", data.toString(), "export").out());

        JsonNode given = json.readTree(PLAN);
        assertThat(exported.get("user_goals")).isEqualTo(given.get("user_goals"));
        assertThat(exported.get("daily_progress")).isEqualTo(given.get("daily_progress"));
        assertThat(exported.at("/user_preferences/0/goal_patterns/day_starts_at").asText()).isEqualTo("04:00");
    }

    static Stream<Arguments> wrongPlans() {
        return Stream.of(
                Arguments.of("times beyond a week", task("\"schedule\": {\"every\": \"week\", \"times\": 8}"),
                        "user_goals[0].daily_tasks[1].schedule.times: 8 is more than 7 times a week"),
                Arguments.of("no times a month", task("\"schedule\": {\"every\": \"month\", \"times\": 0}"),
                        "user_goals[0].daily_tasks[1].schedule.times: 0 is less than once a month"),
                Arguments.of("days and times together",
                        task("\"schedule\": {\"every\": \"week\", \"days\": [\"mon\"], \"times\": 2}"),
                        "user_goals[0].daily_tasks[1].schedule: days and times together"),
                Arguments.of("a week with neither", task("\"schedule\": {\"every\": \"week\"}"),
                        "user_goals[0].daily_tasks[1].schedule: a weekly schedule needs days"),
                Arguments.of("an unknown every", task("\"schedule\": {\"every\": \"fortnight\"}"),
                        "user_goals[0].daily_tasks[1].schedule.every: \"fortnight\" is not one of day, week, month"),
                Arguments.of("an unknown weekday", task("\"schedule\": {\"every\": \"week\", \"days\": [\"mon\", \"funday\"]}"),
                        "user_goals[0].daily_tasks[1].schedule.days[1]: \"funday\" is not one of mon, tue, wed"),
                Arguments.of("a weekday twice", task("\"schedule\": {\"every\": \"week\", \"days\": [\"mon\", \"mon\"]}"),
                        "user_goals[0].daily_tasks[1].schedule.days[1]: \"mon\" appears more than once"),
                Arguments.of("a target of nothing", task("\"target\": {\"amount\": 0, \"unit\": \"pages\", \"kind\": \"at_least\"}"),
                        "user_goals[0].daily_tasks[1].target.amount: 0 is not more than 0 (0 only as at_most)"),
                Arguments.of("a target without a kind", task("\"target\": {\"amount\": 5}"),
                        "user_goals[0].daily_tasks[1].target.kind: missing (at_least or at_most)"),
                Arguments.of("a unit too long", task("\"target\": {\"amount\": 5, \"kind\": \"at_most\", \"unit\": \""
                                + "x".repeat(41) + "\"}"),
                        "user_goals[0].daily_tasks[1].target.unit: is longer than 40 characters"),
                Arguments.of("earlier schedules out of order",
                        task("\"earlier_schedules\": [{\"until\": \"2026-02-01\"}, {\"until\": \"2026-01-01\"}]"),
                        "user_goals[0].daily_tasks[1].earlier_schedules[1].until: 2026-01-01 is not after"),
                Arguments.of("an amount as text", day("\"amount\": \"5\""),
                        "daily_progress[0].tasks[0].amount: expected a number, got \"5\""),
                Arguments.of("a negative amount", day("\"amount\": -1"),
                        "daily_progress[0].tasks[0].amount: -1 is below 0"),
                Arguments.of("an amount in ten-thousandths", day("\"amount\": 1.0001"),
                        "daily_progress[0].tasks[0].amount: 1.0001 has more than 3 decimals"),
                Arguments.of("an amount for a yes/no task", dayOf("walk", "\"amount\": 3"),
                        "daily_progress[0].tasks[0].amount: task \"walk\" is a yes/no task and has no amount"),
                Arguments.of("a day starting after six",
                        "{\"user_preferences\": [{\"_id\": \"ana\", \"goal_patterns\": {\"day_starts_at\": \"07:30\"}}]}",
                        "user_preferences[0].goal_patterns.day_starts_at: \"07:30\" is later than 06:00"));
    }

    /** A goal whose second task has {@code fields}. */
    private static String task(String fields) {
        return "{\"user_goals\": [{\"_id\": \"ana\", \"long_term_goal\": {\"title\": \"Fit\", \"status\": \"active\"},"
                + " \"daily_tasks\": [{\"id\": \"walk\", \"title\": \"Walk\"}, {\"id\": \"read\", \"title\": \"Read\", "
                + fields + "}]}]}";
    }

    private static String day(String fields) {
        return "{\"daily_progress\": [{\"_id\": \"d1\", \"user_id\": \"ana\", \"date\": \"2026-03-02\", \"tasks\": ["
                + "{\"task_id\": \"read\", \"task_title\": \"Read\", \"completed\": true, " + fields + "}]}]}";
    }

    /** A goal with a yes/no task "walk" and a measurable "read", and a day with an entry of {@code task}. */
    private static String dayOf(String task, String fields) {
        String goals = task("\"target\": {\"amount\": 20, \"kind\": \"at_least\"}");
        String days = day(fields).replace("\"read\"", "\"" + task + "\"");
        return goals.substring(0, goals.length() - 1) + ", " + days.substring(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongPlans")
    void aWrongPlanIsRefusedWithItsPathAndNothingChanges(String kind, String content, String expected)
            throws Exception {
        Path seed = temp.resolve("plan.json");
        Files.writeString(seed, PLAN);
        assertThat(rune.run("--data-dir", data.toString(), "import", seed.toString()).status()).isZero();
        String before = rune.run("--data-dir", data.toString(), "export").out();
        Path file = temp.resolve("bad.json");
        Files.writeString(file, content);

        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "import", file.toString());

        assertThat(run.status()).as(kind).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).as(kind).contains(expected).containsIgnoringCase("nothing was imported")
                .doesNotContain("Exception", "\tat ");
        assertThat(rune.run("--data-dir", data.toString(), "export").out()).as(kind).isEqualTo(before);
    }

    @Test
    void anAmountForAStoredYesNoTaskIsRefusedToo() throws Exception {
        Path seed = temp.resolve("plan.json");
        Files.writeString(seed, PLAN);
        assertThat(rune.run("--data-dir", data.toString(), "import", seed.toString()).status()).isZero();
        Path file = temp.resolve("day.json");
        Files.writeString(file, day("\"amount\": 2").replace("\"read\"", "\"gym\"").replace("d1", "d2")
                .replace("03-02", "03-04"));

        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "import", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("daily_progress[0].tasks[0].amount: task \"gym\" is a yes/no task");
    }
}
