package app.rune.ui.today;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.TestData;
import app.rune.model.CommunicationStyle;
import app.rune.model.GoalPatterns;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
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
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Today's seldom seen cards, made only when first needed: the one for a goal without daily tasks, and the
 * coach's offer when the same obstacle keeps stopping a task.
 */
class TodayCardsScreenTest {
    private static final Instant NOW = Instant.parse("2025-07-01T19:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

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

    @Test
    void aGoalWithoutTasksSaysWhereToGetThem() throws Exception {
        Path data = temp.resolve("data");
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            store.userPreferences().save(new UserPreferences("ana",
                    new CommunicationStyle(null, null, null, null, new UserTimeZone("UTC")), null,
                    new GoalPatterns(List.of(), List.of(), 20, 3)));
            store.userGoals().save(new UserGoals("ana", new LongTermGoal("Run 5 km", null,
                    LocalDate.of(2025, 12, 31), GoalStatus.ACTIVE, NOW, NOW), List.of(), List.of(), List.of()));
        }
        app = RunningApp.start(data, CLOCK, "ana");

        await("the empty day's card", () -> visible(robot.lookup("#emptyCard").tryQuery()));
        assertThat(fx(() -> robot.lookup("#alertCard").tryQuery().isPresent())).as("no alert, none made").isFalse();
        robot.clickOn("#goToGoalButton");
        await("the Goal page", () -> "Goal".equals(robot.lookup(".page-title").queryAs(Label.class).getText()));
    }

    @Test
    void aRecurringObstacleBringsTheCoachsOfferWhichCanWait() throws Exception {
        Path data = temp.resolve("data");
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            TodayFixture.addAna(store);
        }
        try (RuneSession session = RuneSession.open(data, CLOCK)) {
            session.checkIns().skip("ana", TODAY.minusDays(2), "task_2", "ran_out_of_time", List.of("work_overtime"),
                    null);
            session.checkIns().skip("ana", TODAY.minusDays(1), "task_2", "too_tired", List.of("work_overtime"), null);
        }
        app = RunningApp.start(data, CLOCK, "ana");

        await("the coach's offer", () -> visible(robot.lookup("#alertCard").tryQuery()));
        assertThat(fx(() -> robot.lookup("#alertText").queryAs(Label.class).getText()))
                .contains("work overtime").contains("Vocabulary flashcards");
        assertThat(fx(() -> robot.lookup("#option-SHORTER").tryQuery().isPresent())).isTrue();
        assertThat(fx(() -> robot.lookup("#emptyCard").tryQuery().isPresent())).as("tasks there, none made").isFalse();

        await("the coach's button for the offer", () -> visible(robot.lookup("#coachAction").tryQuery())
                && "Choose how to change the task".equals(robot.lookup("#coachAction").queryButton().getText()));

        robot.clickOn("#option-dismiss");
        await("the offer put away", () -> !visible(robot.lookup("#alertCard").tryQuery()));
        await("and the coach's button with it", () -> !visible(robot.lookup("#coachAction").tryQuery()));
    }
}
