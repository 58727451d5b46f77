package app.rune.ui.shell;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.platform.TrayIcon;
import app.rune.service.reminder.FileReminderLog;
import app.rune.ui.shell.AppStateFile;
import app.rune.data.KeyValueFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * With a tray (a stand-in here, as the test JVM has no AWT), Rune stays running when its window is closed, says
 * so once, and the tray's menu brings it back, opens Today, snoozes and quits.
 */
class TrayTest {
    /** The tray as the app sees it: what it showed, the menu it got, whether it was taken away. */
    static final class FakeTray implements DesktopServices.Tray {
        final List<String> shown = new CopyOnWriteArrayList<>();
        volatile List<TrayIcon.MenuEntry> menu;
        volatile boolean removed;

        @Override
        public boolean show(String title, String body, Runnable onOpen) {
            shown.add(title + ": " + body);
            return true;
        }

        @Override
        public void remove() {
            removed = true;
        }

        void choose(String label) {
            menu.stream().filter(Objects::nonNull).filter(entry -> entry.label().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu entry " + label + " in " + menu))
                    .action().run();
        }
    }

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final FakeTray tray = new FakeTray();
    private RunningApp app;
    private Path data;

    @BeforeEach
    void start() throws Exception {
        data = temp.resolve("data");
        ReminderFixture.addAna(data, "friendly");
        DesktopServices desktop = new DesktopServices((icon, tooltip, menu) -> {
            assertThat(icon).as("the tray gets Rune's icon").isNotNull();
            tray.menu = menu;
            return Optional.of(tray);
        }, List.of());
        app = RunningApp.start(data, ReminderFixture.HALF_PAST_SEVEN, "ana", desktop);
        await("the tray icon", () -> tray.menu != null);
        await("today's reminder through the tray", () -> !tray.shown.isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private Stage stage() {
        return fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).map(w -> (Stage) w)
                .filter(s -> s.getTitle() != null && s.getTitle().startsWith("Rune")).findFirst().orElseThrow());
    }

    private void closeWindow(Stage stage) {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    @Test
    void theMenuHasOpenCheckInSnoozeAndQuit() {
        assertThat(tray.menu).map(entry -> entry == null ? "---" : entry.label())
                .containsExactly("Open Rune", "Check in now", "Snooze 15 minutes", "---", "Quit Rune");
        assertThat(tray.shown.get(0)).startsWith("Rune: ").contains("2 tasks");
    }

    @Test
    void closingTheWindowKeepsRuneInTheTrayAndSaysSoOnce() throws Exception {
        Stage stage = stage();
        closeWindow(stage);

        await("the window hidden", () -> !stage.isShowing());
        await("the hint", () -> tray.shown.size() == 2);
        assertThat(tray.shown.get(1)).startsWith("Rune is still running: ");
        assertThat(app.exitStatuses()).as("still running").isEmpty();
        assertThat(new AppStateFile(data.resolve("app-state.properties")).read().trayHintShown()).isTrue();

        tray.choose("Open Rune");
        await("the window back", stage::isShowing);
        closeWindow(stage);
        await("the window hidden again", () -> !stage.isShowing());
        Thread.sleep(300);
        assertThat(tray.shown).as("no second hint").hasSize(2);
        assertThat(app.exitStatuses()).isEmpty();
    }

    @Test
    void checkInNowOpensTodayFromAnyPage() {
        robot.clickOn("#navAnalytics");
        await("the Analytics page", () -> visible(robot.lookup("#pageAnalytics").tryQuery()));
        Stage stage = stage();
        closeWindow(stage);
        await("the window hidden", () -> !stage.isShowing());

        tray.choose("Check in now");

        await("the window back", stage::isShowing);
        await("the Today page", () -> visible(robot.lookup("#pageToday").tryQuery()));
    }

    @Test
    void snoozeAsksAgainInAQuarterOfAnHour() throws Exception {
        tray.choose("Snooze 15 minutes");

        FileReminderLog log = new FileReminderLog(new KeyValueFile(data.resolve("reminders.properties"), ""));
        await("the snooze noted", () -> log.get("ana").snoozedUntil()
                .equals(Optional.of(Instant.parse("2025-06-28T19:45:00Z"))));
    }

    @Test
    void quitFromTheTrayEndsRuneAndTakesTheIconAway() {
        Stage stage = stage();
        closeWindow(stage);
        await("the window hidden", () -> !stage.isShowing());

        tray.choose("Quit Rune");

        await("the exit status", () -> !app.exitStatuses().isEmpty());
        assertThat(app.exitStatuses()).containsExactly(ExitStatus.OK);
        assertThat(tray.removed).isTrue();
    }
}
