package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.TestData;
import app.rune.model.GoalPlace;
import app.rune.model.PlacedGoal;
import app.rune.model.UserGoals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several current goals go in and out of the data file unchanged; the seed's one-goal document is still a valid
 * one; and ids that could make a day's entry name two tasks, or too many current goals, are refused with the
 * path where they go wrong, changing nothing.
 */
class SeveralGoalsImportTest {
    private static final String GOALS = """
            {"user_goals": [{"_id": "ana",
               "long_term_goal": {"title": "Learn Spanish", "status": "active", "goal_id": "spanish"},
               "daily_tasks": [{"id": "duo", "title": "Duolingo", "priority": 1}],
               "goal_refinement_history": [],
               "other_goals": [
                 {"long_term_goal": {"title": "Run a half marathon", "status": "active", "goal_id": "run"},
                  "daily_tasks": [{"id": "jog", "title": "Jog", "schedule": {"every": "week", "times": 3}}],
                  "goal_refinement_history": [{"original": "run more"}]},
                 {"long_term_goal": {"title": "Read more", "status": "paused", "goal_id": "read"},
                  "daily_tasks": [{"id": "pages", "title": "Read",
                    "target": {"amount": 20, "unit": "pages", "kind": "at_least"}}],
                  "goal_refinement_history": []}],
               "archived_goals": [
                 {"long_term_goal": {"title": "Learn to juggle", "status": "completed", "goal_id": "juggle"},
                  "daily_tasks": [{"id": "balls", "title": "Three balls"}], "goal_refinement_history": []}]}],
             "daily_progress": [{"_id": "d1", "user_id": "ana", "date": "2025-06-30", "tasks": [
                 {"task_id": "duo", "task_title": "Duolingo", "completed": true},
                 {"task_id": "jog", "task_title": "Jog", "completed": true},
                 {"task_id": "pages", "task_title": "Read", "completed": false, "amount": 12}]}]}""";

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
    void severalGoalsRoundTripThroughTheDataFileExactly() throws Exception {
        Path file = temp.resolve("goals.json");
        Files.writeString(file, GOALS);

        assertThat(rune.run("--data-dir", data.toString(), "import", file.toString()).status()).isZero();
        JsonNode exported = json.readTree(rune.run("--data-dir", data.toString(), "export").out());

        JsonNode given = json.readTree(GOALS);
        assertThat(exported.get("user_goals")).isEqualTo(given.get("user_goals"));
        assertThat(exported.get("daily_progress")).isEqualTo(given.get("daily_progress"));
    }

    @Test
    void theSeedsOneGoalDocumentHasNoOtherGoalsAndItsFocusGoalIsGoal1() {
        UserGoals seed = TestData.seed().userGoals().get(0);

        assertThat(TestData.seedTree().at("/user_goals/0").has("other_goals")).isFalse();
        assertThat(seed.otherGoals()).isEmpty();
        List<PlacedGoal> goals = seed.goals();
        assertThat(goals).extracting(PlacedGoal::id).containsExactly(UserGoals.FIRST_GOAL_ID);
        assertThat(goals.get(0).place()).isEqualTo(GoalPlace.FOCUS);
        assertThat(seed.currentGoals()).hasSize(1);
    }

    @Test
    void goalsWithoutIdsGetTheFirstFreeOnesInTheDocumentsOrderAndKeepThemOnceWritten() {
        UserGoals read = TestData.json().convertValue(TestData.seedTree().at("/user_goals/0"), UserGoals.class);
        UserGoals focusOnly = UserGoals.of("ana", read.focus().orElseThrow(), List.of(
                read.focus().orElseThrow().withLongTermGoal(read.longTermGoal().withGoalId("goal_2")),
                read.focus().orElseThrow().withLongTermGoal(read.longTermGoal())), List.of(
                read.focus().orElseThrow().withLongTermGoal(read.longTermGoal())));

        assertThat(focusOnly.goals()).extracting(PlacedGoal::id)
                .containsExactly("goal_1", "goal_2", "goal_3", "goal_4");
        UserGoals written = focusOnly.withIds();
        assertThat(written.longTermGoal().goalId()).isEqualTo("goal_1");
        assertThat(written.otherGoals()).extracting(g -> g.longTermGoal().goalId()).containsExactly("goal_2", "goal_3");
        assertThat(written.archivedGoals().get(0).longTermGoal().goalId()).isEqualTo("goal_4");
        assertThat(written.goals()).isEqualTo(focusOnly.goals().stream().map(g -> new PlacedGoal(g.id(),
                g.goal().withLongTermGoal(g.longTermGoal().withGoalId(g.id())), g.place())).toList());
    }

    @Test
    void goalsListsTheCurrentGoalsFocusFirstWithTheirTasksThenTheEarlierOnes() throws Exception {
        Path file = temp.resolve("goals.json");
        Files.writeString(file, GOALS);
        rune.run("--data-dir", data.toString(), "import", file.toString());

        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "goals");

        assertThat(run.status()).isZero();
        assertThat(run.out()).containsSubsequence(
                "* spanish  Learn Spanish (active, no target date)", "duo      Duolingo \u00b7 every day",
                "  run  Run a half marathon (active", "jog      Jog \u00b7 3 times a week",
                "  read  Read more (paused", "pages    Read \u00b7 every day, at least 20 pages",
                "Earlier goals:", "juggle  Learn to juggle (achieved)");
    }

    @Test
    void aDayListsEachActiveGoalsTasksUnderItsTitleFocusFirstNumberedAcrossGoals() throws Exception {
        Path file = temp.resolve("goals.json");
        Files.writeString(file, GOALS);
        rune.run("--data-dir", data.toString(), "import", file.toString());

        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "today", "--date", "2025-06-30");

        assertThat(run.status()).isZero();
        assertThat(run.out()).containsSubsequence("  Learn Spanish:", "1. [x] duo", "  Run a half marathon:",
                "2. [x] jog", "1 of 3 this week")
                .as("a paused goal rests its tasks").doesNotContain("Read more:", "This week and month");
    }

    @Test
    void anAmountForATaskOfAPausedGoalSaysThereIsNoSuchTaskThatDay() throws Exception {
        Path file = temp.resolve("goals.json");
        Files.writeString(file, GOALS);
        rune.run("--data-dir", data.toString(), "import", file.toString());

        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "check", "pages", "--amount", "25",
                "--date", "2025-07-01");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).startsWith("There is no task \"pages\" on 2025-07-01; tasks: duo, jog");
    }

    @Test
    void statsForOneGoalCountOnlyItsTasksAndAnUnknownGoalListsTheIds() throws Exception {
        Path file = temp.resolve("goals.json");
        Files.writeString(file, GOALS);
        rune.run("--data-dir", data.toString(), "import", file.toString());

        CommandLineRunner.Run oneGoal = rune.run("--data-dir", data.toString(), "stats", "--goal", "run",
                "--as-of", "2025-06-30");
        assertThat(oneGoal.err()).isEmpty();
        JsonNode run = json.readTree(oneGoal.out());
        JsonNode all = json.readTree(rune.run("--data-dir", data.toString(), "stats", "--as-of", "2025-06-30").out());
        CommandLineRunner.Run unknown = rune.run("--data-dir", data.toString(), "stats", "--goal", "chess");

        assertThat(run.get("task_difficulty_trends").properties()).extracting(Map.Entry::getKey).containsExactly("jog");
        assertThat(all.get("task_difficulty_trends").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("duo", "jog", "pages");
        assertThat(unknown.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(unknown.err()).contains("There is no goal \"chess\" for ana. Goals: spanish, run, read, juggle.");
    }

    static Stream<Arguments> wrongGoals() {
        String sixGoals = GOALS.replace("\"other_goals\": [", "\"other_goals\": [" + otherGoal("g3", "t3") + ", "
                + otherGoal("g4", "t4") + ", " + otherGoal("g5", "t5") + ", ");
        return Stream.of(
                Arguments.of("a task id in two goals", GOALS.replace("\"id\": \"jog\"", "\"id\": \"duo\"")
                                .replace("\"task_id\": \"jog\"", "\"task_id\": \"duo2\""),
                        "user_goals[0].other_goals[0].daily_tasks[0].id: \"duo\" is used by another task "
                                + "(user_goals[0].daily_tasks[0])"),
                Arguments.of("a task id of an archived goal", GOALS.replace("\"id\": \"balls\"", "\"id\": \"jog\""),
                        "user_goals[0].archived_goals[0].daily_tasks[0].id: \"jog\" is used by another task"),
                Arguments.of("a goal id twice", GOALS.replace("\"goal_id\": \"read\"", "\"goal_id\": \"spanish\""),
                        "user_goals[0].other_goals[1].long_term_goal.goal_id: \"spanish\" is the id of another goal"),
                Arguments.of("an empty goal id", GOALS.replace("\"goal_id\": \"run\"", "\"goal_id\": \"\""),
                        "user_goals[0].other_goals[0].long_term_goal.goal_id: must not be empty"),
                Arguments.of("six current goals", sixGoals,
                        "user_goals[0].other_goals: 5 goals beside the focus goal; at most 4 (5 current goals in all)"),
                Arguments.of("a finished goal beside the focus", GOALS.replace("\"status\": \"paused\"",
                                "\"status\": \"completed\""),
                        "user_goals[0].other_goals[1].long_term_goal.status: \"completed\": a goal that ended belongs in "
                                + "archived_goals"),
                Arguments.of("a waiting action naming no goal id there could be", GOALS.substring(0, GOALS.length() - 1)
                                + ", \"conversation_context\": [{\"_id\": \"ana\", \"pending_actions\": [{\"action\": "
                                + "\"confirm_goal_breakdown\", \"goal_id\": \"\"}]}]}",
                        "conversation_context[0].pending_actions[0].goal_id: must not be empty"));
    }

    private static String otherGoal(String goalId, String taskId) {
        return "{\"long_term_goal\": {\"title\": \"Goal " + goalId + "\", \"status\": \"active\", \"goal_id\": \""
                + goalId + "\"}, \"daily_tasks\": [{\"id\": \"" + taskId + "\", \"title\": \"Task\"}]}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongGoals")
    void wrongGoalsAreRefusedWithTheirPathAndNothingChanges(String kind, String content, String expected)
            throws Exception {
        Path seed = temp.resolve("goals.json");
        Files.writeString(seed, GOALS);
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
}
