package app.rune.ui;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.CommunicationStyle;
import app.rune.model.ConversationContext;
import app.rune.model.ConversationMessage;
import app.rune.model.ConversationPhase;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.DataSet;
import app.rune.model.GoalPatterns;
import app.rune.model.GoalRefinement;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.MessageAuthor;
import app.rune.model.RelationshipStage;
import app.rune.model.TaskEntry;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.shell.AppState;
import app.rune.ui.shell.AppStateFile;
import app.rune.ui.shell.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BackgroundImage;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.paint.Color;
import org.controlsfx.control.Rating;
import org.kordamp.ikonli.javafx.FontIcon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screens as a person sees them in a 1280×800 window, in the light and the dark theme, on months of
 * history: where things sit on each page.
 */
public class ScreenLayoutTest {
    public static final LocalDate TODAY = LocalDate.of(2027, 1, 14);
    private static final Instant NOW = TODAY.atTime(18, 30).toInstant(ZoneOffset.UTC);
    private static final Instant CREATED = TODAY.minusDays(200).atStartOfDay().toInstant(ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIGHT", "DARK"})
    void settingsStartsWithItsFirstCardAsGoalDoes(String theme) throws Exception {
        start(theme);
        double goal = firstCardTop("#navGoal", "#pageGoal");
        double settings = firstCardTop("#navSettings", "#pageSettings");
        assertThat(settings).as("no empty band above Settings' first card").isEqualTo(goal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIGHT", "DARK"})
    void noTextIsCutOffOnAnyScreen(String theme) throws Exception {
        start(theme);
        List<String> cut = new ArrayList<>();

        visit("#navToday", "#pageToday", "#task-task_1");
        cut.addAll(cutOff("Today"));
        robot.clickOn("#details-task_2");
        await("the task's details", () -> visible(robot.lookup("#reason-task_2").tryQuery()));
        cut.addAll(cutOff("Today, a task's details"));

        visit("#navGoal", "#pageGoal", "#taskTable");
        robot.clickOn(".history-pane > .title");
        await("the history", () -> visible(robot.lookup(".history-list").tryQuery()));
        cut.addAll(cutOff("Goal"));
        robot.clickOn("#refineButton");
        robot.clickOn("#reviewButton");
        await("the review", () -> visible(robot.lookup("#acceptRefinementButton").tryQuery())
                && robot.lookup(".finding").queryAll().size() == 4);
        cut.addAll(cutOff("Goal, the coach's review"));

        visit("#navAnalytics", "#pageAnalytics", "#chartTasks");
        cut.addAll(cutOff("Analytics"));

        visit("#navSettings", "#pageSettings", "#dataCard");
        cut.addAll(cutOff("Settings"));

        assertThat(cut).as("labels whose words do not fit at 1280\u00d7800").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIGHT", "DARK"})
    void noTextIsCutOffForSomeoneNew(String theme) throws Exception {
        startEmpty(theme);
        List<String> cut = new ArrayList<>();

        visit("#navGoal", "#pageGoal", "#goalInput");
        cut.addAll(cutOff("Goal, the first visit"));
        robot.clickOn("#goalInput").write("I want to learn Spanish");
        robot.clickOn("#reviewButton");
        await("the review", () -> visible(robot.lookup("#acceptRefinementButton").tryQuery())
                && robot.lookup(".finding").queryAll().size() == 4);
        cut.addAll(cutOff("Goal, the coach's first review"));
        for (String[] page : new String[][] {{"#navToday", "#pageToday"}, {"#navAnalytics", "#pageAnalytics"},
            {"#navSettings", "#pageSettings"}}) {
            visit(page[0], page[1], "#bannerAction");
            cut.addAll(cutOff(page[1]));
        }

        assertThat(cut).as("labels whose words do not fit at 1280\u00d7800").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIGHT", "DARK"})
    void everyIconStandsOutFromWhatIsBehindIt(String theme) throws Exception {
        start(theme);
        List<String> faint = new ArrayList<>();
        for (String[] page : new String[][] {{"#navToday", "#pageToday", "#task-task_1"},
            {"#navGoal", "#pageGoal", "#taskTable"}, {"#navAnalytics", "#pageAnalytics", "#chartTasks"},
            {"#navSettings", "#pageSettings", "#dataCard"}}) {
            visit(page[0], page[1], page[2]);
            faint.addAll(fx(() -> {
                List<String> found = new ArrayList<>();
                Node root = robot.lookup("#navSettings").query().getScene().getRoot();
                root.applyCss();
                for (Node node : root.lookupAll(".ikonli-font-icon")) {
                    if (node instanceof FontIcon icon && icon.isVisible() && icon.getIconColor() instanceof Color color) {
                        Color behind = Contrast.behind(icon);
                        double ratio = Contrast.ratio(color, behind);
                        // WCAG's minimum for graphics that carry meaning.
                        if (ratio < 3) {
                            found.add(page[1] + ": " + icon.getIconLiteral() + " in " + color + " on " + behind
                                    + String.format(" (%.1f:1)", ratio));
                        }
                    }
                }
                return found;
            }));
        }
        assertThat(faint).as("icons too faint to see against what is behind them").isEmpty();
    }

    /** Ana's goal, its three tasks and 180 days of history that stopped three weeks ago; the coach has spoken. */
    public static DataSet history() {
        List<DailyTask> tasks = List.of(
                new DailyTask("task_1", "Run 5 km", "Easy pace, any route", "5 km on the watch", 35, 1, CREATED),
                new DailyTask("task_2", "Stretch", null, "Ten minutes of stretching done", 10, 2, CREATED),
                new DailyTask("task_3", "Read about training", "One chapter or article", "One chapter read", 20, 3,
                        CREATED));
        UserGoals goals = new UserGoals("ana", new LongTermGoal("Run a 10 km race in under an hour", null,
                LocalDate.of(2027, 6, 3), GoalStatus.ACTIVE, CREATED, CREATED), tasks,
                List.of(new GoalRefinement("I want to be fit", "Run 10 km without stopping by 3 June 2027",
                        "Run a 10 km race in under an hour", CREATED)), List.of());
        List<DailyProgress> days = new ArrayList<>();
        for (int ago = 200; ago >= 21; ago--) {
            LocalDate date = TODAY.minusDays(ago);
            List<TaskEntry> entries = new ArrayList<>();
            for (DailyTask task : tasks) {
                boolean done = (ago + task.priority()) % 4 != 0;
                Instant at = date.atTime(7 + ago % 12, 10).toInstant(ZoneOffset.UTC);
                entries.add(new TaskEntry(task.id(), task.title(), done, done ? at : null, null,
                        done ? 1 + ago % 5 : null, null, done ? null : "ran_out_of_time",
                        done ? List.of() : List.of(ago % 2 == 0 ? "work_overtime" : "tired")));
            }
            Instant checkIn = date.atTime(20, 0).toInstant(ZoneOffset.UTC);
            days.add(new DailyProgress("ana-" + date, "ana", date, entries, 4, "calm", checkIn, checkIn,
                    ago % 30 == 0 ? Boolean.TRUE : null));
        }
        UserPreferences preferences = new UserPreferences("ana",
                new CommunicationStyle(null, null, "western", null, new UserTimeZone("UTC")), null,
                new GoalPatterns(List.of("work_overtime", "tired"), List.of("morning_routine"), 20, 3));
        ConversationContext conversation = new ConversationContext("ana", ConversationPhase.DAILY_TRACKING,
                List.of(), CREATED, 12, RelationshipStage.BUILDING, List.of(new ConversationMessage(
                        MessageAuthor.COACH, "greeting", "Welcome back, ana. Let us begin with today\u2019s work.",
                        NOW.minusSeconds(3600))));
        return new DataSet(List.of(goals), days, List.of(preferences), List.of(), List.of(conversation));
    }

    private void start(String theme) throws Exception {
        Path data = temp.resolve("data");
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            store.upsertAll(history());
        }
        open(data, theme);
    }

    private void startEmpty(String theme) throws Exception {
        open(temp.resolve("data"), theme);
    }

    private void open(Path data, String theme) throws Exception {
        Files.createDirectories(data);
        new AppStateFile(data.resolve("app-state.properties")).write(new AppState("ana",
                new AppState.WindowBounds(0, 0, 1280, 800, false), theme, true));
        app = RunningApp.start(data, Clock.fixed(NOW, ZoneOffset.UTC), "ana");
        await("the main window", () -> visible(robot.lookup("#navSettings").tryQuery()));
        assertThat(fx(() -> robot.lookup("#navSettings").query().getScene().getWidth())).isEqualTo(1280);
    }

    /** Opens a page and waits for a part of it that comes with its data. */
    private void visit(String nav, String page, String part) {
        robot.clickOn(nav);
        await(page, () -> visible(robot.lookup(page).tryQuery()) && visible(robot.lookup(part).tryQuery()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Every label, button and cell in the window whose words do not fit, and every rating star drawn smaller than its picture: the text its skin draws is not the text
     * it was given (the skin shortens it with an ellipsis, or drops lines that have no room). The coach's panel
     * and all of each page count, scrolled out of sight or not; parts that are hidden do not.
     */
    private List<String> cutOff(String where) {
        return fx(() -> {
            Node root = robot.lookup("#navSettings").query().getScene().getRoot();
            root.applyCss();
            if (root instanceof Parent parent) {
                parent.layout();
            }
            List<String> found = new ArrayList<>();
            collectCutOff(root, where, found);
            return found;
        });
    }

    private static void collectCutOff(Node node, String where, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String given = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?!_)", "")
                    : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn && drawn.getStyleClass().contains("text")
                        && !drawn.getText().equals(given)) {
                    found.add(where + ": " + describe(labeled) + " \u201c" + given + "\u201d shows as \u201c"
                            + drawn.getText() + "\u201d");
                }
            }
        }
        if (node instanceof Rating rating) {
            // Its stars are the background pictures of regions: a region smaller than its picture cuts the star.
            for (Node star : rating.lookupAll(".button")) {
                if (star instanceof Region region && region.getBackground() != null) {
                    for (BackgroundImage picture : region.getBackground().getImages()) {
                        if (region.getHeight() < picture.getImage().getHeight()
                                || region.getWidth() < picture.getImage().getWidth()) {
                            found.add(where + ": a star of Rating" + (rating.getId() == null ? "" : "#"
                                    + rating.getId()) + " is drawn " + region.getWidth() + "\u00d7"
                                    + region.getHeight() + " for a picture of " + picture.getImage().getWidth()
                                    + "\u00d7" + picture.getImage().getHeight());
                        }
                    }
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCutOff(child, where, found);
            }
        }
    }

    private static String describe(Labeled labeled) {
        return labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : "#" + labeled.getId())
                + labeled.getStyleClass().stream().map(c -> "." + c).reduce("", String::concat);
    }

    /** How far below the top of its page a page's first card is, its page scrolled to the top. */
    private double firstCardTop(String nav, String page) {
        robot.clickOn(nav);
        await(page, () -> visible(robot.lookup(page).tryQuery())
                && robot.lookup(page + " .card").match(Node::isVisible).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            ScrollPane scroll = robot.lookup(page).queryAs(ScrollPane.class);
            scroll.setVvalue(0);
            scroll.layout();
            Node card = robot.from(scroll).lookup(".card").match(Node::isVisible).query();
            Bounds inViewport = scroll.sceneToLocal(card.localToScene(card.getLayoutBounds()));
            return inViewport.getMinY();
        });
    }
}
