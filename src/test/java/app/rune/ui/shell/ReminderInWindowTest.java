package app.rune.ui.shell;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.CommunicationStyle;
import app.rune.model.DailyTask;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.ProgressCheckFrequency;
import app.rune.model.ReminderSettings;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.AppConfig;
import app.rune.ui.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Where no system notification works (here: none is allowed), the reminder shows inside the open window, in the
 * coach's words, and a click on it opens Today.
 */
class ReminderInWindowTest {
    /** Half an hour after Ana's 19:00 reminder, both tasks still open. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-28T19:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private Path data;

    @BeforeEach
    void start() throws Exception {
        data = temp.resolve("data");
        Instant created = Instant.parse("2025-06-01T10:00:00Z");
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            store.userPreferences().save(new UserPreferences("ana",
                    new CommunicationStyle(null, null, null, null, new UserTimeZone("UTC")),
                    new ReminderSettings(true, LocalTime.of(19, 0), "detailed", ProgressCheckFrequency.DAILY),
                    null));
            store.userGoals().save(new UserGoals("ana",
                    new LongTermGoal("Hold a 10-minute conversation in Spanish", null, LocalDate.of(2025, 12, 31),
                            GoalStatus.ACTIVE, created, created),
                    List.of(new DailyTask("task_1", "Duolingo practice", null, "2 lessons", 20, 1, created),
                            new DailyTask("task_2", "Vocabulary flashcards", null, "All cards", 15, 2, created)),
                    List.of(), List.of()));
        }
        app = RunningApp.start(data, CLOCK, "ana", AppConfig.Desktop.WINDOW_ONLY);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private String notificationText() {
        return fx(() -> robot.lookup(".notification-bar").queryAll().stream()
                .flatMap(bar -> robot.from(bar).lookup((java.util.function.Predicate<Node>) node -> node instanceof Labeled).queryAll().stream())
                .map(node -> ((Labeled) node).getText())
                .filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining("\n")));
    }

    private List<String> bubbles() {
        return fx(() -> robot.lookup("#coachConversation .bubble").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
    }

    @Test
    void theReminderShowsInTheWindowInTheCoachsWordsAndOpensToday() throws Exception {
        await("the reminder in the window", () -> notificationText().contains("Duolingo practice"));
        String shown = notificationText();
        assertThat(shown).contains("Rune").contains("2 tasks");
        await("the reminder in the coach panel", () -> bubbles().stream().anyMatch(shown::contains));
        assertThat(Files.readString(data.resolve("reminders.properties"))).contains("ana.lastSent=2025-06-28");

        robot.clickOn("#navAnalytics");
        await("the Analytics page", () -> visible(robot.lookup("#pageAnalytics").tryQuery()));
        Node bar = fx(() -> robot.lookup(".notification-bar").query());
        robot.clickOn(bar);

        await("the Today page", () -> visible(robot.lookup("#pageToday").tryQuery()));
    }
}
