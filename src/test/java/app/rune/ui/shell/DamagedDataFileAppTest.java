package app.rune.ui.shell;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.TestData;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.common.DateText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The app meeting a data file that will not open: it says so and offers the newest backup or an empty start;
 * whichever the person picks, the damaged file is kept aside, and quitting leaves everything as it was.
 */
class DamagedDataFileAppTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), ZoneId.of("Europe/Lisbon"));

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final List<Integer> exitStatuses = new CopyOnWriteArrayList<>();
    private Path dataDir;
    private RuneApp app;
    private byte[] damaged;

    @BeforeEach
    void damageADataFileWithABackup() throws Exception {
        FxToolkit.registerPrimaryStage();
        dataDir = temp.resolve("data");
        DataFolder folder = DataFolder.open(dataDir);
        try (Store store = Store.open(folder, TestData.json())) {
            store.upsertAll(TestData.seed());
        }
        Files.createDirectories(folder.backupsFolder());
        Files.writeString(folder.backupsFolder().resolve("rune-2025-06-30.json"), TestData.seedTree().toString());
        Files.writeString(folder.backupsFolder().resolve("rune-2025-06-29.json"), "{\"older\": true}");
        damaged = Files.readAllBytes(folder.databaseFile());
        Arrays.fill(damaged, 0, Math.min(damaged.length, 8192), (byte) 0);
        Files.write(folder.databaseFile(), damaged);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        FxToolkit.cleanupInput(robot);
    }

    private DialogPane startAndAwaitTheQuestion() throws Exception {
        app = (RuneApp) FxToolkit.setupApplication(() -> new RuneApp(
                new AppConfig(dataDir, CLOCK, "ana", exitStatuses::add, AppConfig.Desktop.NONE)));
        await("the damaged-file dialog", () -> robot.lookup("#damagedDataDialog").tryQuery().isPresent());
        return fx(() -> robot.lookup("#damagedDataDialog").queryAs(DialogPane.class));
    }

    private void click(DialogPane dialog, String text) {
        Node button = fx(() -> dialog.getButtonTypes().stream().filter(t -> t.getText().equals(text)).findFirst()
                .map(dialog::lookupButton).orElseThrow(() -> new AssertionError("no button " + text + " in "
                        + dialog.getButtonTypes().stream().map(ButtonType::getText).toList())));
        robot.clickOn(button);
    }

    @Test
    void theDialogSaysWhatHappenedAndNamesTheNewestBackup() throws Exception {
        DialogPane dialog = startAndAwaitTheQuestion();

        assertThat(fx(dialog::getHeaderText)).isEqualTo("Your data file is damaged");
        assertThat(fx(dialog::getContentText)).contains(dataDir.resolve("rune.db").toString(),
                "The newest backup is from " + DateText.ofDefaultLocale().day(LocalDate.of(2025, 6, 30))
                        + " (rune-2025-06-30.json)", "nothing is deleted");
        assertThat(fx(() -> dialog.getButtonTypes().stream().map(ButtonType::getText).toList()))
                .containsExactly("Restore the newest backup", "Start empty", "Quit");
    }

    @Test
    void restoringTheNewestBackupOpensItsDataAndKeepsTheDamagedFile() throws Exception {
        click(startAndAwaitTheQuestion(), "Restore the newest backup");

        await("the restored user's window", () -> robot.lookup("#userButton").tryQuery()
                .map(b -> ((Button) b).getText().contains("user_id")).orElse(false));
        FxToolkit.cleanupApplication(app);
        app = null;

        assertThat(Files.readAllBytes(setAside())).isEqualTo(damaged);
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            // The backup's documents; the figures and the coach's greeting are the app's own, made on opening.
            assertThat(store.readAll().userGoals()).isEqualTo(TestData.seed().userGoals());
            assertThat(store.readAll().dailyProgress()).isEqualTo(TestData.seed().dailyProgress());
            assertThat(store.readAll().userPreferences()).isEqualTo(TestData.seed().userPreferences());
        }
    }

    @Test
    void startingEmptyKeepsTheDamagedFileAndGreetsANewcomer() throws Exception {
        click(startAndAwaitTheQuestion(), "Start empty");

        await("the newcomer's window", () -> robot.lookup("#userButton").tryQuery()
                .map(b -> ((Button) b).getText().contains("ana")).orElse(false));
        FxToolkit.cleanupApplication(app);
        app = null;

        assertThat(Files.readAllBytes(setAside())).isEqualTo(damaged);
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            assertThat(store.userIds()).containsExactly("ana");
        }
    }

    @Test
    void quittingLeavesEverythingAsItWasWithStatus4() throws Exception {
        click(startAndAwaitTheQuestion(), "Quit");

        await("the exit status", () -> !exitStatuses.isEmpty());
        assertThat(exitStatuses).containsExactly(ExitStatus.DATA_FILE_DAMAGED);
        assertThat(Files.readAllBytes(dataDir.resolve("rune.db"))).isEqualTo(damaged);
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("damaged"));
        }
    }

    private Path setAside() throws Exception {
        try (Stream<Path> files = Files.list(dataDir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("rune.db.damaged-")).toList();
            assertThat(aside).hasSize(1);
            return aside.get(0);
        }
    }
}
