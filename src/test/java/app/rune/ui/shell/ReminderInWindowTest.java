package app.rune.ui.shell;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ui.shell.AppConfig;
import app.rune.ui.shell.ReminderFixture;
import app.rune.ui.shell.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
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
    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private Path data;

    @BeforeEach
    void start() throws Exception {
        data = temp.resolve("data");
        ReminderFixture.addAna(data, "detailed");
        app = RunningApp.start(data, ReminderFixture.HALF_PAST_SEVEN, "ana", AppConfig.Desktop.WINDOW_ONLY);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private String notificationText() {
        return fx(() -> robot.lookup(".notification-bar").queryAll().stream()
                .flatMap(bar -> robot.from(bar).lookup((Predicate<Node>) node -> node instanceof Labeled).queryAll().stream())
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
