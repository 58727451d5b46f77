package app.rune.ui.shell;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.DataSet;
import app.rune.model.StreakRecords;
import app.rune.model.UserAnalytics;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Opening Rune after days away: the stored figures still hold the streak that ended meanwhile. The coach's hello
 * speaks from the figures brought up to date, not from those, so it never cheers on a streak it then says ended.
 */
class BackAfterDaysAwayTest {
    /** Three weeks after the seed's one day (28 June; its obstacle too old for the hello to name). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-20T09:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final List<Integer> exitStatuses = new CopyOnWriteArrayList<>();
    private Path dataDir;
    private RuneApp app;

    @BeforeEach
    void storeTheSeed() throws Exception {
        FxToolkit.registerPrimaryStage();
        dataDir = temp.resolve("data");
        DataSet seed = TestData.seed();
        // As stored the evening the streak was at its best: 5 days, the longest so far.
        UserAnalytics stored = seed.userAnalytics().get(0);
        UserAnalytics atItsBest = new UserAnalytics(stored.id(), stored.goalCompletionRate(),
                stored.averageTaskCompletion(), new StreakRecords(5, 5, LocalDate.of(2025, 6, 24)), Map.of(), List.of(),
                stored.taskDifficultyTrends(), stored.lastUpdated(), stored.taskStreaks());
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            store.upsertAll(new DataSet(seed.userGoals(), seed.dailyProgress(), seed.userPreferences(),
                    List.of(atItsBest), seed.conversationContext()));
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        FxToolkit.cleanupInput(robot);
    }

    @Test
    void theHelloDoesNotCheerOnAStreakThatEndedWhileAway() throws Exception {
        app = (RuneApp) FxToolkit.setupApplication(() -> new RuneApp(
                new AppConfig(dataDir, CLOCK, "user_id", exitStatuses::add, AppConfig.Desktop.NONE)));

        // The word on the ended streak and the hello, in either order.
        await("the coach's word on the ended streak and its hello", () -> coachSays().size() >= 2);
        List<String> said = coachSays();
        assertThat(said).anyMatch(words -> words.contains("ended"));
        assertThat(said).as("what the coach said").noneMatch(words -> words.contains("5-day streak"));
    }

    private List<String> coachSays() {
        return fx(() -> robot.lookup(".bubble.from-coach").queryAllAs(Label.class).stream().map(Label::getText)
                .toList());
    }
}
