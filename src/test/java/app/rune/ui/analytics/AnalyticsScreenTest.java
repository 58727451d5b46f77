package app.rune.ui.analytics;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.DataSet;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.TaskEntry;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.common.DateText;
import app.rune.ui.shell.RunningApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The Analytics screen on a generated history of 120 days whose figures are known by construction: every day
 * has two tasks; the first is always done, the second on even days only; day 100 is a rest day; days 60 and 61
 * are missing. Today is day 119 and has nothing recorded yet.
 */
class AnalyticsScreenTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);
    private static final LocalDate TODAY = FIRST.plusDays(119);
    private static final Instant NOW = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        Path data = temp.resolve("data");
        List<DailyProgress> days = new ArrayList<>();
        for (int i = 0; i < 119; i++) {
            if (i == 60 || i == 61) {
                continue;
            }
            LocalDate date = FIRST.plusDays(i);
            Instant at = date.atTime(7, 15).toInstant(ZoneOffset.UTC);
            days.add(new DailyProgress("d" + i, "ana", date, List.of(
                    new TaskEntry("t1", "Run", true, at, null, 2, null, null, List.of()),
                    new TaskEntry("t2", "Read", i % 2 == 0, i % 2 == 0 ? at.plusSeconds(36000) : null, null, null, null,
                            i % 2 == 0 ? null : "forgot", i % 2 == 0 ? List.of() : List.of("tired"))),
                    null, null, null, null, i == 100 ? Boolean.TRUE : null));
        }
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            store.userPreferences().save(new UserPreferences("ana", null, null, null));
            // Both tasks every day from the first day: the two missing days were due, so they break the run.
            Instant created = FIRST.atStartOfDay().toInstant(ZoneOffset.UTC);
            store.userGoals().save(new UserGoals("ana", new LongTermGoal("Run 10 km", null, TODAY.plusDays(40),
                    GoalStatus.ACTIVE, NOW, NOW), List.of(new DailyTask("t1", "Run", null, null, 20, 1, created),
                    new DailyTask("t2", "Read", null, null, 20, 2, created)), List.of(), List.of()));
            store.upsertAll(new DataSet(null, days, null, null, null));
        }
        app = RunningApp.start(data, Clock.fixed(NOW, ZoneOffset.UTC), "ana");
        await("the app", () -> visible(robot.lookup("#navAnalytics").tryQuery()));
        robot.clickOn("#navAnalytics");
        await("the tiles", () -> !robot.lookup("#tileCurrent").queryAs(Label.class).getText().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private List<String> labels(String query) {
        return fx(() -> robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    private static Bounds bounds(Node node) {
        return fx(() -> node.localToScene(node.getLayoutBounds()));
    }

    private String tile(String id) {
        return fx(() -> robot.lookup("#" + id).queryAs(Label.class).getText());
    }

    @Test
    void theTilesShowTheFiguresOfTheHistory() {
        // Days 62..118 are all streak days except the rest day 100, which neither breaks nor counts: 56 days,
        // and today (nothing recorded yet) does not break it. The longest run is the same 56 (days 0..59 are 60).
        assertThat(tile("tileCurrent")).isEqualTo("56 days");
        assertThat(tile("tileLongest")).isEqualTo("60 days");
        // 116 check-in days (119 - 2 missing - 1 rest); the even ones (58 of them) had both tasks done.
        assertThat(tile("tileGoalCompletion")).isEqualTo("50%");
        assertThat(tile("tileAverage")).isEqualTo("75%");
        assertThat(tile("tileTarget")).isEqualTo("40 days");
        assertThat(tile("tilePace")).isEqualTo("On pace");
    }

    @Test
    void theHeatMapAndTheChartsAreDrawn() {
        assertThat(fx(() -> robot.lookup(".heat-cell").queryAll().size())).isGreaterThanOrEqualTo(364);
        assertThat(fx(() -> robot.lookup(".heat-rest").queryAll().size())).isGreaterThanOrEqualTo(1);
        for (String chart : List.of("#chartRolling", "#chartObstacles", "#chartHours", "#chartTasks")) {
            assertThat(fx(() -> robot.lookup(chart).tryQuery().isPresent())).as(chart).isTrue();
        }
        assertThat(fx(() -> robot.lookup("#chartHours .best-hour").queryAll().size())).isEqualTo(2);

        DateText dates = DateText.ofDefaultLocale();
        assertThat(labels(".heat-weekday")).as("the rows are named as people read them")
                .containsExactly(dates.weekday(DayOfWeek.MONDAY), dates.weekday(DayOfWeek.WEDNESDAY),
                        dates.weekday(DayOfWeek.FRIDAY));
        assertThat(labels(".heat-month")).as("and the months over their columns")
                .contains(dates.month(Month.JULY), dates.month(Month.JANUARY), dates.month(Month.JUNE))
                .hasSizeBetween(12, 13);
        Bounds january = bounds(robot.lookup(".heat-month").match((Label l) -> l.getText()
                .equals(dates.month(Month.JANUARY))).query());
        Bounds newYear = bounds(robot.lookup(".heat-cell").match((Node n) -> LocalDate.of(2025, 1, 1)
                .equals(n.getUserData())).query());
        assertThat(january.getMinX()).as("January's name stands over the week of 1 January")
                .isCloseTo(newYear.getMinX(), within(1.0));
        Bounds monday = bounds(robot.lookup(".heat-weekday").match((Label l) -> l.getText()
                .equals(dates.weekday(DayOfWeek.MONDAY))).query());
        Bounds aMonday = bounds(robot.lookup(".heat-cell").match((Node n) -> LocalDate.of(2025, 6, 23)
                .equals(n.getUserData())).query());
        assertThat(monday.getCenterY()).as("Monday's name beside the Mondays").isCloseTo(aMonday.getCenterY(),
                within(1.0));
        assertThat(monday.getMaxX()).isLessThanOrEqualTo(aMonday.getMinX());

        robot.clickOn("#rangeFOUR_WEEKS");
        await("the four-week report", () -> robot.lookup("#chartHours").tryQuery().isPresent()
                && !robot.lookup(".progress-indicator").queryAs(Region.class).isVisible());
        assertThat(tile("tileCurrent")).as("the tiles are all-time").isEqualTo("56 days");
    }
}
