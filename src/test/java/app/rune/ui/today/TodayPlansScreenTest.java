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
import app.rune.ui.shell.RunningApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Today with a measured task (20 pages at least) and one 3 times a week, by keyboard and by mouse; Tuesday
 * 1 July 2025, in the evening.
 */
class TodayPlansScreenTest {
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
            TodayFixture.addAnaWithPlans(store, TodayFixture.reading(), TodayFixture.running());
        }
        app = RunningApp.start(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), "ana");
        await("the day's tasks", () -> visible(robot.lookup("#check-run").tryQuery()));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private String measure(String taskId) {
        return fx(() -> robot.lookup("#measure-" + taskId).queryAs(Label.class).getText());
    }

    private void awaitSaved(String taskId) {
        await(taskId + " saved", () -> robot.lookup("#task-" + taskId + " .task-status").queryAs(Label.class)
                .getText().equals("Saved"));
    }

    @Test
    void theWeeksTaskShowsItsProgressUnderItsHeading() throws Exception {
        assertThat(fx(() -> visible(robot.lookup("#flexibleTitle").tryQuery()))).isTrue();
        assertThat(measure("run")).isEqualTo("0 of 3 this week");

        robot.clickOn("#check-run");
        awaitSaved("run");

        assertThat(measure("run")).isEqualTo("1 of 3 this week");
    }

    @Test
    void aNumberKeyAsksForTheAmountAndEnterKeepsTheTarget() throws Exception {
        assertThat(measure("read")).isEqualTo("20 pages");
        robot.clickOn(".page-title");

        robot.type(KeyCode.DIGIT1);
        await("the amount question", () -> robot.lookup("#amount-read").queryAs(TextField.class).isFocused());
        assertThat(fx(() -> robot.lookup("#amount-read").queryAs(TextField.class).getText())).isEqualTo("20");
        robot.type(KeyCode.ENTER);
        awaitSaved("read");

        assertThat(measure("read")).isEqualTo("20 / 20 pages");
        app.close();
        assertThat(stored().amount()).isEqualByComparingTo("20");
        assertThat(stored().completed()).isTrue();
    }

    @Test
    void anAmountTypedAndSteppedByMouseIsKept() throws Exception {
        robot.doubleClickOn("#amount-read").write("12.5").type(KeyCode.ENTER);
        awaitSaved("read");
        assertThat(measure("read")).isEqualTo("12.5 / 20 pages");

        robot.clickOn("#more-read");
        await("one more page", () -> "13.5 / 20 pages".equals(measure("read")));

        app.close();
        assertThat(stored().amount()).isEqualByComparingTo("13.5");
        assertThat(stored().completed()).as("13.5 pages is short of 20").isFalse();
    }

    private TaskEntry stored() throws Exception {
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            return store.dailyProgress().findByUserAndDate("ana", TODAY).map(DailyProgress::tasks).orElseThrow()
                    .stream().filter(e -> e.taskId().equals("read")).findFirst().orElseThrow();
        }
    }
}
