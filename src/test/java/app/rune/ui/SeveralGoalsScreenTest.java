package app.rune.ui;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.CommunicationStyle;
import app.rune.model.ConversationContext;
import app.rune.model.ConversationPhase;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.GoalPatterns;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.RelationshipStage;
import app.rune.model.TaskEntry;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.shell.RunningApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A second goal beside the first, as a person would make it: written and reviewed with the coach, its tasks
 * approved past the daily limit after the question, made the focus goal, and a task of each goal ticked on Today
 * under its goal's title, then Analytics limited to one goal. Tuesday 1 July 2025, in the evening.
 */
class SeveralGoalsScreenTest {
    private static final Instant NOW = Instant.parse("2025-07-01T19:30:00Z");
    private static final Instant CREATED = Instant.parse("2025-06-01T10:00:00Z");
    private static final String SPANISH = "Hold a 10-minute conversation in Spanish";

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private Path dataDir;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        dataDir = temp.resolve("data");
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            store.userPreferences().save(new UserPreferences("ana",
                    new CommunicationStyle(null, null, null, null, new UserTimeZone("UTC")), null,
                    new GoalPatterns(List.of("tired"), List.of(), 20, 3)));
            store.userGoals().save(new UserGoals("ana", new LongTermGoal(SPANISH, null, LocalDate.of(2025, 12, 31),
                    GoalStatus.ACTIVE, CREATED, CREATED), List.of(
                    new DailyTask("task_1", "Duolingo practice", null, "2 lessons", 20, 1, CREATED),
                    new DailyTask("task_2", "Vocabulary flashcards", null, "All cards", 15, 2, CREATED)),
                    List.of(), List.of()));
            store.conversationContext().save(new ConversationContext("ana", ConversationPhase.DAILY_TRACKING,
                    List.of(), CREATED, 3, RelationshipStage.NEW, List.of()));
        }
        app = RunningApp.start(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), "ana");
        await("Today", () -> visible(robot.lookup("#check-task_1").tryQuery()));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private void clickInSight(String query) {
        Node node = fx(() -> robot.lookup(query).query());
        FxWait.scrollIntoView(node);
        robot.clickOn(node);
    }

    @Test
    void aSecondGoalIsMadeTheFocusAndTasksOfBothAreTickedOnToday() throws Exception {
        robot.clickOn("#navGoal");
        await("the goal's buttons", () -> visible(robot.lookup("#anotherGoalButton").tryQuery()));
        assertThat(fx(() -> visible(robot.lookup("#goalsCard").tryQuery()))).as("no list for one goal").isFalse();

        clickInSight("#anotherGoalButton");
        robot.clickOn("#goalInput").write("I want to run a half marathon");
        robot.clickOn("#reviewButton");
        await("the review", () -> visible(robot.lookup("#acceptRefinementButton").tryQuery()));
        clickInSight("#acceptRefinementButton");
        await("the new goal's proposed tasks", () -> visible(robot.lookup("#taskTable").tryQuery())
                && !robot.lookup("#taskTable").queryTableView().getItems().isEmpty()
                && "Approve tasks".equals(robot.lookup("#approveTasksButton").queryButton().getText()));
        assertThat(fx(() -> robot.lookup("#taskOverload").queryAs(Label.class).getText()))
                .as("two Spanish tasks every day and the new ones go past 3 a day")
                .startsWith("This makes ").contains("with your other goals; your limit is 3.");

        clickInSight("#approveTasksButton");
        await("the question", () -> robot.lookup("Approve anyway").tryQuery().isPresent());
        robot.clickOn("Approve anyway");
        await("the saved mark", () -> "Saved.".equals(robot.lookup("#savedMark").queryLabeled().getText()));
        await("the list of goals", () -> visible(robot.lookup("#goal-goal_1").tryQuery())
                && visible(robot.lookup("#goal-goal_2").tryQuery()));

        clickInSight("#focusButton");
        await("the new goal in focus", () -> visible(robot.lookup("#focusChip").tryQuery()));

        robot.clickOn("#navToday");
        await("the goals' headings", () -> robot.lookup(".goal-heading").queryAll().size() == 2);
        List<String> headings = fx(() -> robot.lookup(".goal-heading").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        String marathon = headings.get(0);
        assertThat(headings).as("the focus goal first").containsExactly(marathon, SPANISH);
        assertThat(marathon).containsIgnoringCase("marathon");

        String firstOfMarathon = firstTaskId();
        tick(firstOfMarathon);
        tick("task_1");

        robot.clickOn("#navAnalytics");
        await("both goals' tasks", () -> visible(robot.lookup("#run-task_1").tryQuery())
                && visible(robot.lookup("#run-" + firstOfMarathon).tryQuery()));
        robot.clickOn("#goalSelector");
        await("the goals to choose from", () -> robot.lookup(".list-cell").match(
                (javafx.scene.control.ListCell<?> cell) -> SPANISH.equals(cell.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".list-cell").match(
                (javafx.scene.control.ListCell<?> cell) -> SPANISH.equals(cell.getText())).queryAs(Node.class));
        await("the Spanish goal's figures alone", () -> visible(robot.lookup("#run-task_1").tryQuery())
                && robot.lookup("#run-" + firstOfMarathon).tryQuery().isEmpty());

        app.close();
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            UserGoals goals = store.userGoals().findById("ana").orElseThrow();
            assertThat(goals.longTermGoal().title()).isEqualTo(marathon);
            assertThat(goals.otherGoals()).singleElement()
                    .satisfies(g -> assertThat(g.longTermGoal().title()).isEqualTo(SPANISH));
            assertThat(goals.goals()).allSatisfy(g -> assertThat(g.longTermGoal().goalId()).isEqualTo(g.id()));
            List<TaskEntry> day = store.dailyProgress().findByUserAndDate("ana", LocalDate.of(2025, 7, 1))
                    .map(DailyProgress::tasks).orElseThrow();
            assertThat(day).filteredOn(TaskEntry::completed).extracting(TaskEntry::taskId)
                    .containsExactlyInAnyOrder(firstOfMarathon, "task_1");
        }
    }

    /** The id of the first task card on Today (the cards are {@code #task-ID}). */
    private String firstTaskId() {
        return fx(() -> robot.lookup(".task-card").queryAll().iterator().next().getId().substring("task-".length()));
    }

    /** Ticks a task by its box; a measured one asks how much, and Enter keeps the target. */
    private void tick(String taskId) {
        clickInSight("#check-" + taskId);
        if (robot.lookup("#amount-" + taskId).tryQuery().map(n -> ((TextField) n).isFocused()).orElse(false)) {
            robot.type(KeyCode.ENTER);
        }
        await(taskId + " saved", () -> robot.lookup("#task-" + taskId + " .task-status").queryAs(Label.class)
                .getText().equals("Saved"));
    }
}
