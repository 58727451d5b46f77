package app.rune.ui.settings;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ui.FxWait;
import app.rune.ui.shell.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Settings → Your data in the running app: the card is there, and Back up now writes a backup and says so. */
class DataCardTest {
    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private Path dataDir;

    @BeforeEach
    void start() throws Exception {
        dataDir = temp.resolve("data");
        app = RunningApp.start(dataDir, Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), ZoneOffset.UTC), "ana");
        await("the main window", () -> visible(robot.lookup("#navSettings").tryQuery()));
        robot.clickOn("#navSettings");
        await("the data card", () -> visible(robot.lookup("#backUpNowButton").tryQuery()));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void backUpNowWritesABackupAndShowsIt() throws Exception {
        // The day's backup, made when the app opened, is named first.
        await("the newest backup", () -> robot.lookup("#lastBackup").queryAs(Label.class).getText()
                .contains("rune-2025-07-01.json"));
        Node button = fx(() -> robot.lookup("#backUpNowButton").query());
        FxWait.scrollIntoView(button);

        robot.clickOn(button);

        Path expected = dataDir.resolve("backups").resolve("rune-2025-07-01-090000.json");
        await("the backup's message", () -> robot.lookup("#dataStatus").queryAs(Label.class).getText()
                .equals("Backed up to " + expected.toAbsolutePath().normalize() + "."));
        await("the newest backup", () -> robot.lookup("#lastBackup").queryAs(Label.class).getText()
                .equals("Newest backup: today, 09:00 (rune-2025-07-01-090000.json)"));
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("rune-2025-07-01.json", "rune-2025-07-01-090000.json");
        }
        assertThat(fx(() -> robot.lookup("#dataError").queryAs(Label.class).isVisible())).isFalse();
    }
}
