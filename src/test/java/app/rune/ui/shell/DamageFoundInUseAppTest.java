package app.rune.ui.shell;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.DataSet;
import app.rune.store.DataFolder;
import app.rune.store.History;
import app.rune.store.Store;
import app.rune.store.UnreadablePage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A data file that opens but has a page that no longer reads: the app finds it as soon as it reads everything
 * (the day's backup, right after the first screen), lets the file go without writing to it, and asks, as for a
 * file that will not open at all, now also offering what could still be read from it.
 */
class DamageFoundInUseAppTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final List<Integer> exitStatuses = new CopyOnWriteArrayList<>();
    private Path dataDir;
    private RuneApp app;
    private byte[] damaged;

    @BeforeEach
    void spoilAPageOfAFileWithHistory() throws Exception {
        FxToolkit.registerPrimaryStage();
        dataDir = temp.resolve("data");
        DataFolder folder = History.writeClosed(dataDir);
        Files.createDirectories(folder.backupsFolder());
        Files.writeString(folder.backupsFolder().resolve("rune-2025-06-30.json"), TestData.seedTree().toString());
        damaged = UnreadablePage.spoil(folder);
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
    void theAppAsksAndRestoresWhatCouldBeReadKeepingTheDamagedFile() throws Exception {
        app = (RuneApp) FxToolkit.setupApplication(() -> new RuneApp(
                new AppConfig(dataDir, CLOCK, "ana", exitStatuses::add, AppConfig.Desktop.NONE)));
        await("the damaged-file dialog", () -> robot.lookup("#damagedDataDialog").tryQuery().isPresent());
        DialogPane dialog = fx(() -> robot.lookup("#damagedDataDialog").queryAs(DialogPane.class));

        assertThat(fx(dialog::getHeaderText)).isEqualTo("Your data file is damaged");
        assertThat(fx(dialog::getContentText)).contains("is damaged", "What could still be read from it",
                "rune-2025-06-30.json", "nothing is deleted");
        assertThat(fx(() -> dialog.getButtonTypes().stream().map(ButtonType::getText).toList()))
                .containsExactly("Restore the newest backup", "Restore what could be read", "Start empty", "Quit");
        assertThat(Files.readAllBytes(dataDir.resolve("rune.db"))).as("nothing was written to it")
                .isEqualTo(damaged);

        Node readable = fx(() -> dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(t -> t.getText().equals("Restore what could be read")).findFirst().orElseThrow()));
        robot.clickOn(readable);
        await("the window again", () -> robot.lookup("#userButton").tryQuery().isPresent());
        FxToolkit.cleanupApplication(app);
        app = null;

        Path kept = only("rune.db.damaged-");
        assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
        DataSet recovered = TestData.json().readValue(only("rune.db.recovered-").toFile(), DataSet.class);
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            DataSet now = store.readAll();
            assertThat(now.dailyProgress()).isEqualTo(recovered.dailyProgress());
            assertThat(now.userGoals()).isEqualTo(recovered.userGoals());
        }
        assertThat(recovered.dailyProgress()).isNotEmpty().hasSizeLessThan(History.documents().dailyProgress().size());
    }

    private Path only(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(dataDir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertThat(found).as(prefix).hasSize(1);
            return found.get(0);
        }
    }
}
