package app.rune.ui.goal;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.ConversationContext;
import app.rune.model.ConversationPhase;
import app.rune.model.DailyTask;
import app.rune.model.TaskSchedule;
import app.rune.model.UserGoals;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.FxWait;
import app.rune.ui.shell.RunningApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Goal screen end to end: from a wish to approved daily tasks in the store, as a person would do it. */
class GoalScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-28T10:00:00Z"), ZoneId.of("UTC"));
    private static final String SUCCESS = "I order dinner and chat with the waiter, all in Spanish";

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private Path dataDir;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        dataDir = temp.resolve("data");
        app = RunningApp.start(dataDir, CLOCK, "ana");
        await("the goal input", () -> visible(robot.lookup("#goalInput").tryQuery()));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void fromAWishToApprovedDailyTasks() throws Exception {
        assertThat(fx(() -> robot.lookup("#reviewButton").queryButton().isDisabled())).isTrue();

        robot.clickOn("#goalInput").write("I want to learn Spanish");
        robot.clickOn("#reviewButton");
        await("the review", () -> visible(robot.lookup("#acceptRefinementButton").tryQuery()));
        String proposal = fx(() -> robot.lookup("#refinedGoal").queryAs(TextField.class).getText());
        assertThat(proposal).isNotBlank();
        assertThat(fx(() -> robot.lookup(".finding").queryAll().size())).isEqualTo(4);
        String date = fx(() -> robot.lookup("#targetDate").queryAs(DatePicker.class).getEditor().getText());
        assertThat(proposal).as("the proposal writes its date as the date field does").endsWith(" " + date);
        assertThat(fx(() -> robot.lookup("#proposedDescription").queryAs(TextArea.class).getText()))
                .as("the coach says what success looks like").contains("Spanish");
        clickInSight("#proposedDescription");
        robot.push(KeyCode.CONTROL, KeyCode.A).write(SUCCESS);

        clickInSight("#acceptRefinementButton");
        await("the task table", () -> visible(robot.lookup("#taskTable").tryQuery())
                && !robot.lookup("#taskTable").queryTableView().getItems().isEmpty());
        assertThat(fx(() -> robot.lookup("#currentTarget").queryAs(Label.class).getText()))
                .as("and so does the goal's header").endsWith(" " + date);
        assertThat(fx(() -> robot.lookup("#currentDescription").queryAs(Label.class).getText())).isEqualTo(SUCCESS);
        assertThat(fx(() -> robot.lookup("#approveTasksButton").queryButton().getText())).isEqualTo("Approve tasks");
        await("the coach's button for the approval", () -> visible(robot.lookup("#coachAction").tryQuery())
                && "Review and approve your daily tasks".equals(robot.lookup("#coachAction").queryButton().getText()));

        editFirstTaskTitle("Spanish flashcards, 20 words");
        clickInSight("#approveTasksButton");
        await("the saved mark", () -> "Saved.".equals(robot.lookup("#savedMark").queryLabeled().getText()));
        assertThat(fx(() -> robot.lookup("#approveTasksButton").queryButton().getText())).isEqualTo("Save changes");
        await("the coach's button gone once the tasks are approved",
                () -> !visible(robot.lookup("#coachAction").tryQuery()));

        app.close();
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            UserGoals goals = store.userGoals().findById("ana").orElseThrow();
            assertThat(goals.longTermGoal().title()).isEqualTo(proposal);
            assertThat(goals.longTermGoal().description()).isEqualTo(SUCCESS);
            assertThat(goals.goalRefinementHistory()).singleElement().satisfies(round -> {
                assertThat(round.original()).isEqualTo("I want to learn Spanish");
                assertThat(round.finalWording()).isEqualTo(proposal);
            });
            assertThat(goals.dailyTasks()).isNotEmpty();
            assertThat(goals.dailyTasks().get(0).title()).isEqualTo("Spanish flashcards, 20 words");
            assertThat(goals.dailyTasks()).extracting(DailyTask::priority).startsWith(1);
            ConversationContext context = store.conversationContext().findById("ana").orElseThrow();
            assertThat(context.pendingActions()).isEmpty();
            assertThat(context.currentConversationPhase()).isEqualTo(ConversationPhase.DAILY_TRACKING);
        }
    }

    @Test
    void whatSuccessLooksLikeIsEditedWithTheGoal() throws Exception {
        robot.clickOn("#goalInput").write("Run a 5 km race by the end of October");
        robot.clickOn("#reviewButton");
        await("the review", () -> visible(robot.lookup("#acceptRefinementButton").tryQuery()));
        clickInSight("#acceptRefinementButton");
        await("the goal", () -> visible(robot.lookup("#editDescriptionButton").tryQuery()));

        robot.clickOn("#editDescriptionButton");
        await("the description's editor", () -> visible(robot.lookup("#descriptionInput").tryQuery()));
        robot.push(KeyCode.CONTROL, KeyCode.A).write(SUCCESS);
        clickInSight("#saveDescriptionButton");
        await("the new description", () -> visible(robot.lookup("#currentDescription").tryQuery())
                && SUCCESS.equals(robot.lookup("#currentDescription").queryAs(Label.class).getText()));

        app.close();
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            assertThat(store.userGoals().findById("ana").orElseThrow().longTermGoal().description())
                    .isEqualTo(SUCCESS);
        }
    }

    @Test
    void theKeyboardReachesEverything() {
        robot.clickOn("#goalInput").write("Run a 5 km race by the end of October");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        await("the review", () -> visible(robot.lookup("#acceptRefinementButton").tryQuery()));
        robot.clickOn("#acceptRefinementButton");
        await("the task table", () -> visible(robot.lookup("#taskTable").tryQuery()));
        List<String> before = titles();

        robot.clickOn(firstCell("Task"));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);

        if (before.size() > 1) {
            assertThat(titles()).startsWith(before.get(1), before.get(0));
        }
        robot.type(KeyCode.DELETE);
        assertThat(titles()).hasSize(before.size() - 1);
        robot.type(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        assertThat(titles()).hasSize(before.size()).contains("New task");
    }

    @Test
    void aTasksPlanIsSetByKeyboardAndSavedWithTheTable() throws Exception {
        robot.clickOn("#goalInput").write("I want to learn Spanish");
        robot.clickOn("#reviewButton");
        await("the review", () -> visible(robot.lookup("#acceptRefinementButton").tryQuery()));
        clickInSight("#acceptRefinementButton");
        await("the task table", () -> visible(robot.lookup("#taskTable").tryQuery())
                && !robot.lookup("#taskTable").queryTableView().getItems().isEmpty());
        assertThat(fx(() -> ((javafx.scene.control.Labeled) firstCell("Plan")).getText()))
                .isEqualTo("Every day");

        robot.clickOn(firstCell("Task"));
        robot.push(KeyCode.CONTROL, KeyCode.P);
        await("the plan dialog", () -> visible(robot.lookup("#plan-TIMES_A_WEEK").tryQuery()));
        robot.clickOn("#plan-TIMES_A_WEEK");
        robot.doubleClickOn("#planTimes .text-field").write("3").type(KeyCode.TAB);
        robot.clickOn("#planMeasured");
        robot.clickOn("#planAmount").write("20").type(KeyCode.TAB).write("pages");
        assertThat(fx(() -> robot.lookup("#planOk").queryButton().isDisabled())).isFalse();
        robot.clickOn("#planOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> ((javafx.scene.control.Labeled) firstCell("Plan")).getText()))
                .isEqualTo("3 times a week \u00b7 20 pages");

        clickInSight("#approveTasksButton");
        await("the saved mark", () -> "Saved.".equals(robot.lookup("#savedMark").queryLabeled().getText()));
        app.close();
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            DailyTask first = store.userGoals().findById("ana").orElseThrow().dailyTasks().get(0);
            assertThat(first.schedule()).isEqualTo(TaskSchedule.timesAWeek(3));
            assertThat(first.target().amount()).isEqualByComparingTo("20");
            assertThat(first.target().unit()).isEqualTo("pages");
        }
    }

    /** The page scrolled so that the node is in the window, then a click on it. */
    private void clickInSight(String query) {
        Node node = fx(() -> robot.lookup(query).query());
        FxWait.scrollIntoView(node);
        robot.clickOn(node);
    }

    private void editFirstTaskTitle(String title) {
        robot.doubleClickOn(firstCell("Task"));
        await("the cell editor", () -> robot.lookup("#taskTable .text-field").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.A).write(title).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The table's cells appear on the pulse after its rows do. */
    private Node firstCell(String column) {
        Callable<Optional<Node>> find = () -> robot.lookup(".table-cell").match((Node n) ->
                n instanceof TableCell<?, ?> cell && cell.getIndex() == 0 && cell.getTableColumn() != null
                        && column.equals(cell.getTableColumn().getText()) && !cell.isEmpty()).tryQuery();
        await("the first " + column + " cell", () -> find.call().isPresent());
        return fx(() -> find.call().orElseThrow());
    }

    private List<String> titles() {
        return fx(() -> {
            @SuppressWarnings("unchecked")
            TableView<TaskRow> table = (TableView<TaskRow>) robot.lookup("#taskTable").queryAs(TableView.class);
            return table.getItems().stream().map(r -> r.titleProperty().get()).toList();
        });
    }

}
