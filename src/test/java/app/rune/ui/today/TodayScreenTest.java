package app.rune.ui.today;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.FxWait;
import app.rune.ui.shell.RunningApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Today screen end to end: a person's evening, from the first tick to the check-in, then the store. */
class TodayScreenTest {
    private static final Instant NOW = Instant.parse("2025-07-01T19:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private Path dataDir;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        dataDir = temp.resolve("data");
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            TodayFixture.addAna(store);
        }
        app = RunningApp.start(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), "ana");
        await("the day's tasks", () -> visible(robot.lookup("#check-task_3").tryQuery()));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void anEveningWithRune() throws Exception {
        assertThat(fx(() -> robot.lookup("#todayList").queryAs(VBox.class).getChildren().size()))
                .isEqualTo(3);

        robot.clickOn("#check-task_1");
        awaitSaved("task_1");
        robot.clickOn(".page-title");
        robot.type(KeyCode.DIGIT3);
        awaitSaved("task_3");

        // A card's notes, ratings and skip form are made when it first unfolds, not with the screen.
        assertThat(fx(() -> robot.lookup("#notes-task_1").tryQuery().isPresent())).isFalse();
        robot.clickOn("#details-task_1");
        await("the ratings", () -> visible(robot.lookup("#difficulty-task_1").tryQuery()));
        clickStar("#difficulty-task_1", 2);
        awaitSaved("task_1");

        robot.clickOn("#details-task_2");
        await("the skip form", () -> visible(robot.lookup("#reason-task_2").tryQuery()));
        robot.clickOn("#reason-task_2").write("Ran out of time");
        // An obstacle a backup could not restore stays in the field, and the field says why.
        robot.clickOn("#obstacle-task_2").write("_id").type(KeyCode.ENTER);
        await("the obstacle's problem", () -> visible(robot.lookup("#obstacle-problem-task_2").tryQuery()));
        assertThat(fx(() -> robot.lookup("#obstacle-problem-task_2").queryAs(Label.class).getText()))
                .contains("kept for the database");
        assertThat(fx(() -> robot.lookup("#obstacle-task_2").queryAs(TextField.class).getText())).isEqualTo("_id");
        robot.eraseText(3).write("work_overtime").type(KeyCode.ENTER);
        assertThat(fx(() -> visible(robot.lookup("#obstacle-problem-task_2").tryQuery()))).isFalse();
        robot.clickOn("#skip-task_2");
        awaitSaved("task_2");

        Rating dayRating = fx(() -> robot.lookup("#dayRating").queryAs(Rating.class));
        clickStar("#dayRating", 4);
        Node mood = fx(() -> robot.lookup("#mood-motivated").query());
        FxWait.scrollIntoView(mood);
        robot.clickOn(mood);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        await("the check-in saved", () -> "Saved".equals(robot.lookup("#checkInStatus").queryAs(Label.class).getText()));
        assertThat(fx(() -> (int) dayRating.getRating())).isEqualTo(4);

        app.close();
        DailyProgress day = stored();
        assertThat(day.tasks()).containsExactlyInAnyOrder(
                new TaskEntry("task_1", "Duolingo practice", true, NOW, null, 2, null, null, List.of()),
                new TaskEntry("task_3", "Listen to a podcast", true, NOW, null, null, null, null, List.of()),
                new TaskEntry("task_2", "Vocabulary flashcards", false, null, null, null, null, "ran_out_of_time",
                        List.of("work_overtime")));
        assertThat(day.overallDayRating()).isEqualTo(4);
        assertThat(day.moodAfterTasks()).isEqualTo("motivated");
        assertThat(day.checkInTime()).isEqualTo(NOW);
        assertThat(day.restDay()).isNull();
    }

    @Test
    void aRestDayIsOneClickAway() throws Exception {
        FxWait.scrollIntoView(fx(() -> robot.lookup("#saveCheckInButton").query()));
        // A ToggleSwitch turns when its thumb area is clicked, not its middle.
        Node thumb = fx(() -> robot.lookup("#restDayToggle .thumb-area").query());
        robot.clickOn(thumb);
        robot.clickOn("#saveCheckInButton");
        await("the check-in saved", () -> "Saved".equals(robot.lookup("#checkInStatus").queryAs(Label.class).getText()));

        app.close();
        assertThat(stored().restDay()).isTrue();
    }

    @Test
    void aMoodInTheirOwnWordsIsKeptAndShownAgain() throws Exception {
        Node other = fx(() -> robot.lookup("#moodOther").query());
        FxWait.scrollIntoView(other);
        robot.clickOn("#mood-calm");
        assertThat(fx(() -> robot.lookup("#mood-calm").queryAs(ToggleButton.class).isSelected())).isTrue();
        robot.clickOn("#moodOther");
        assertThat(fx(() -> robot.lookup("#mood-calm").queryAs(ToggleButton.class).isSelected()))
                .as("one mood at a time").isFalse();
        robot.write("hopeful");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        await("the check-in saved", () -> "Saved".equals(robot.lookup("#checkInStatus").queryAs(Label.class).getText()));
        app.close();
        assertThat(stored().moodAfterTasks()).isEqualTo("hopeful");

        app = RunningApp.start(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), "ana");
        await("the day's tasks", () -> visible(robot.lookup("#check-task_3").tryQuery()));
        await("the stored mood in its field", () -> robot.lookup("#moodOwn").tryQuery()
                .map(field -> ((TextField) field).getText()).filter("hopeful"::equals).isPresent());
        FxWait.scrollIntoView(fx(() -> robot.lookup("#mood-tired").query()));
        robot.clickOn("#mood-tired");
        assertThat(fx(() -> robot.lookup("#moodOwn").tryQuery().isPresent())).as("the field gives way").isFalse();
        robot.clickOn("#mood-tired");
        assertThat(fx(() -> robot.lookup("#mood-tired").queryAs(ToggleButton.class).isSelected()))
                .as("clicked again: taken back").isFalse();
        robot.clickOn("#mood-proud");
        robot.clickOn("#saveCheckInButton");
        await("the check-in saved", () -> "Saved".equals(robot.lookup("#checkInStatus").queryAs(Label.class).getText()));
        app.close();
        assertThat(stored().moodAfterTasks()).isEqualTo("proud");
    }

    @Test
    void tooltipsAppearWhenThePointerRestsOnAButton() {
        // Made on the first hover rather than with the screen: they must still be there when wanted.
        robot.moveTo("#previousDay");
        await("the previous-day tooltip", () -> "Previous day".equals(showingTooltip()));
        robot.moveTo("#check-task_2");
        await("the task's shortcut tooltip", () -> "Tick off (2)".equals(showingTooltip()));
        assertThat(fx(() -> robot.lookup("#nextDay").query().getAccessibleHelp())).isEqualTo("Next day");
    }

    private static String showingTooltip() {
        return Window.getWindows().stream()
                .filter(window -> window instanceof Tooltip && window.isShowing())
                .map(window -> ((Tooltip) window).getText())
                .findFirst().orElse(null);
    }

    /** Reads the day from the file; while the app runs it holds the folder, so the rating check reads the card. */
    private DailyProgress stored() throws Exception {
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            return store.dailyProgress().findByUserAndDate("ana", TODAY).orElseThrow();
        }
    }

    private void awaitSaved(String taskId) {
        await(taskId + " saved", () -> robot.lookup("#task-" + taskId + " .task-status").queryAs(Label.class)
                .getText().equals("Saved"));
        assertThat(fx(() -> robot.lookup("#check-" + taskId).queryAs(CheckBox.class).isSelected()))
                .isEqualTo(!taskId.equals("task_2"));
    }

    /** Clicks star {@code n} (from 1) of a ControlsFX rating. */
    private void clickStar(String rating, int n) {
        Node star = fx(() -> robot.lookup(rating + " .button").queryAll().stream()
                .sorted(Comparator.comparingDouble(b -> b.localToScene(0, 0).getX()))
                .skip(n - 1L).findFirst().orElseThrow());
        FxWait.scrollIntoView(star);
        robot.clickOn(star);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
