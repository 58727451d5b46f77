package app.rune.ui.shell;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.rune.ui.FxWait;
import app.rune.TestData;
import app.rune.ExitStatus;
import app.rune.model.DataSet;
import app.rune.model.StreakRecords;
import app.rune.model.UserPreferences;
import app.rune.model.json.RuneJson;
import app.rune.ui.shell.AppState;
import app.rune.ui.shell.AppStateFile;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app end to end on headless Monocle: a real data folder in a temporary directory, the real store
 * opened in the background, and the window driven with TestFX's robot. The app needs its {@link AppConfig}, so
 * each test builds it with {@link FxToolkit#setupApplication} after preparing the folder.
 */
class RuneAppTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), ZoneId.of("Europe/Lisbon"));
    private static final long WAIT_SECONDS = 10;
    private static final List<String> PAGES = List.of("pageGoal", "pageToday", "pageAnalytics", "pageSettings");
    private static final List<String> NAVIGATION = List.of("navGoal", "navToday", "navAnalytics", "navSettings");

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    /** The exit statuses the app reported; written on the FX thread, read by the test. */
    private final List<Integer> exitStatuses = new CopyOnWriteArrayList<>();
    private Path dataDir;
    private Stage stage;
    private RuneApp app;
    private Store heldStore;

    @BeforeEach
    void registerStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        dataDir = temp.resolve("data");
    }

    @AfterEach
    void cleanUp() throws TimeoutException {
        try {
            stopApp();
            FxToolkit.cleanupStages();
            FxToolkit.cleanupInput(robot);
        } finally {
            if (heldStore != null) {
                heldStore.close();
            }
        }
    }

    private void startApp() throws TimeoutException {
        startApp("ana");
    }

    private void startApp(String loginName) throws TimeoutException {
        app = (RuneApp) FxToolkit.setupApplication(
                () -> new RuneApp(new AppConfig(dataDir, CLOCK, loginName, exitStatuses::add, AppConfig.Desktop.NONE)));
    }

    /** What TestFX does at the end of a test: {@link RuneApp#stop()}, once. */
    private void stopApp() throws TimeoutException {
        if (app != null) {
            RuneApp stopping = app;
            app = null;
            FxToolkit.cleanupApplication(stopping);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void theFirstRunCreatesTheUserAndOpensOnGoal() throws Exception {
        startApp();
        awaitLoaded();

        assertThat(pageTitle()).isEqualTo("Goal");
        assertThat(isShowing("pageGoal")).isTrue();
        assertThat(isShowing("welcomeCard")).as("the welcome card on the Goal page").isTrue();
        assertThat(isShowing("firstGoalBanner")).as("no banner on the Goal page itself").isFalse();
        assertThat(isSelected("navGoal")).isTrue();
        assertThat(userButtonText()).isEqualTo("ana");
        assertThat(fx(() -> stage.getTitle())).isEqualTo("Rune");

        stopApp();

        try (Store store = Store.open(DataFolder.open(dataDir), RuneJson.newMapper())) {
            assertThat(store.userIds()).containsExactly("ana");
            assertThat(store.userPreferences().findById("ana")).hasValueSatisfying(
                    preferences -> assertThat(preferences.communicationStyle().timezone().text())
                            .as("the new user's time zone comes from the app's clock")
                            .isEqualTo("Europe/Lisbon"));
            assertThat(store.conversationContext().findById("ana")).isPresent();
            assertThat(store.userGoals().findById("ana")).isEmpty();
        }
    }

    @Test
    void everyNavigationEntryShowsItsPage() throws Exception {
        startApp();
        awaitLoaded();

        String[] titles = {"Goal", "Today", "Analytics", "Settings"};
        for (int i = 0; i < NAVIGATION.size(); i++) {
            robot.clickOn("#" + NAVIGATION.get(i));

            assertOnPage(i, titles[i]);
        }

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertOnPage(2, "Analytics");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertOnPage(0, "Goal");

        // Clicking the page that is already chosen keeps it chosen: the rail never ends up with nothing selected.
        robot.clickOn("#navGoal");
        assertOnPage(0, "Goal");
    }

    @Test
    void aNewcomerOnTodayIsPointedToTheirFirstGoal() throws Exception {
        startApp();
        awaitLoaded();
        robot.clickOn("#navToday");
        assertOnPage(1, "Today");

        assertThat(isShowing("firstGoalBanner")).isTrue();

        robot.clickOn("#bannerAction");

        assertOnPage(0, "Goal");
        assertThat(isShowing("firstGoalBanner")).isFalse();
        assertThat(isShowing("welcomeCard")).isTrue();
    }

    @Test
    void anImportedUserOpensOnTodayWithTheirStreak() throws Exception {
        importSeed();

        startApp();
        awaitLoaded();

        assertThat(showingWindows()).as("one user: no chooser, no other window").containsExactly(stage);
        assertOnPage(1, "Today");
        // The imported figures say a 5-day streak, but the seed's one day of progress is three days old: the app
        // recomputes them on start, and the header shows the streak as it stands today: ended, ready for a new one.
        await("the recomputed streak", () -> "Ready for a new streak".equals(
                robot.lookup(".streak-badge").queryAs(Label.class).getText()));
        // The coach's word on the ended streak, then its hello.
        await("the coach's hello", () -> robot.lookup(".bubble").queryAllAs(Label.class).stream().map(Label::getText)
                .anyMatch(words -> words.contains("user_id") && words.contains("Learn Spanish fluently")));
        assertThat(isShowing("firstGoalBanner")).isFalse();
        assertThat(isShowing("welcomeCard")).isFalse();

        robot.clickOn("#navGoal");
        assertOnPage(0, "Goal");
        assertThat(isShowing("welcomeCard")).as("no welcome for someone who has a goal").isFalse();

        stopApp();
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            assertThat(store.userIds()).as("no first-run user is added next to an imported one")
                    .containsExactly("user_id");
            assertThat(store.userAnalytics().findById("user_id").orElseThrow().streakRecords())
                    .isEqualTo(new StreakRecords(0, 1, null));
        }
    }

    @Test
    void aDataFolderInUseIsReportedAndTheAppQuitsWithStatus3() throws Exception {
        heldStore = Store.open(DataFolder.open(dataDir), TestData.json());

        startApp();
        await("the error dialog", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane dialog = fx(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class));
        assertThat(fx(dialog::getHeaderText)).isEqualTo("Rune is already open");
        assertThat(fx(dialog::getContentText))
                .startsWith("Another Rune is using the data folder " + dataDir.toAbsolutePath().normalize())
                .as("a way forward").contains("quit that Rune, and start Rune again");
        Button quit = fx(() -> (Button) dialog.lookupButton(dialog.getButtonTypes().get(0)));
        assertThat(fx(quit::getText)).isEqualTo("Quit");
        assertThat(exitStatuses).as("nothing is reported while the dialog is open").isEmpty();

        robot.clickOn(quit);

        await("the exit status", () -> !exitStatuses.isEmpty());
        assertThat(exitStatuses).containsExactly(ExitStatus.DATA_FOLDER_IN_USE);
        assertThat(showingWindows()).isEmpty();
        assertThat(heldStore.userIds()).as("the other Rune's data is untouched").isEmpty();
    }

    @Test
    void closingTheWindowRemembersItsPlaceAndSizeAndLetsTheDataGo() throws Exception {
        startApp();
        awaitLoaded();
        fx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
            return null;
        });
        assertThat(fx(() -> List.of(stage.getWidth(), stage.getHeight()))).containsExactly(1000.0, 700.0);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        await("the exit status", () -> !exitStatuses.isEmpty());
        assertThat(exitStatuses).containsExactly(ExitStatus.OK);
        assertThat(fx(stage::isShowing)).isFalse();
        AppState state = new AppStateFile(dataDir.resolve("app-state.properties")).read();
        assertThat(state.windowBounds()).hasValueSatisfying(bounds -> {
            assertThat(bounds.width()).isEqualTo(1000);
            assertThat(bounds.height()).isEqualTo(700);
            assertThat(bounds.x()).isEqualTo(40);
            assertThat(bounds.y()).isEqualTo(30);
            assertThat(bounds.maximized()).isFalse();
        });
        assertThat(state.selectedUserId()).contains("ana");
        // The status is reported only once the data folder is closed, so it can be opened again at once.
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            assertThat(store.userIds()).containsExactly("ana");
        }

        // What TestFX does after the real shutdown must not fail or report anything more.
        stopApp();
        assertThat(exitStatuses).containsExactly(ExitStatus.OK);
    }

    @Test
    void aRememberedWindowOpensWhereItWas() throws Exception {
        DataFolder.open(dataDir);
        new AppStateFile(dataDir.resolve("app-state.properties"))
                .write(AppState.empty().withWindow(new AppState.WindowBounds(50, 60, 900, 650, false)));

        startApp();
        awaitLoaded();

        assertThat(fx(() -> List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())))
                .containsExactly(50.0, 60.0, 900.0, 650.0);
    }

    @Test
    void closingTheWindowWhileTheDataIsStillOpeningWaitsForItThenQuits() throws Exception {
        // start() and the close request run in one FX task, so the folder cannot have opened in between.
        app = FxToolkit.setupFixture(() -> {
            RuneApp starting = new RuneApp(new AppConfig(dataDir, CLOCK, "ana", exitStatuses::add, AppConfig.Desktop.NONE));
            starting.init();
            starting.start(stage);
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return starting;
        });

        await("the exit status", () -> !exitStatuses.isEmpty());
        assertThat(exitStatuses).containsExactly(ExitStatus.OK);
        assertThat(showingWindows()).isEmpty();
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            assertThat(store.userIds()).as("the open finished before the folder was let go").containsExactly("ana");
        }
    }

    @Test
    void withSeveralUsersThePersonChoosesAndTheChoiceIsRemembered() throws Exception {
        importSeed("zoe");

        startApp("zoe");
        await("the user chooser", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane chooser = fx(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class));
        assertThat(fx(chooser::getHeaderText)).isEqualTo("This data folder holds more than one person\u2019s Rune.");
        @SuppressWarnings("unchecked")
        ComboBox<String> users = fx(() -> robot.from(chooser).lookup(".combo-box").queryAs(ComboBox.class));
        assertThat(fx(() -> List.copyOf(users.getItems()))).containsExactly("user_id", "zoe");
        assertThat(fx(users::getValue)).as("the login name's user is offered first").isEqualTo("zoe");

        fx(() -> {
            users.getSelectionModel().select("user_id");
            return null;
        });
        robot.clickOn(fx(() -> chooser.lookupButton(ButtonType.OK)));
        awaitLoaded();

        assertThat(userButtonText()).isEqualTo("user_id");
        assertOnPage(1, "Today");
        assertThat(fx(() -> robot.lookup("#userButton").queryAs(Button.class).isMouseTransparent()))
                .as("with someone to switch to, the user button is a button").isFalse();
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        await("the exit status", () -> !exitStatuses.isEmpty());
        assertThat(new AppStateFile(dataDir.resolve("app-state.properties")).read().selectedUserId())
                .contains("user_id");

        stopApp();
        exitStatuses.clear();
        startApp("zoe");
        awaitLoaded();

        assertThat(showingWindows()).as("no chooser the second time").containsExactly(stage);
        assertThat(userButtonText()).isEqualTo("user_id");
    }

    @Test
    void cancellingTheUserChooserQuitsWithoutTouchingTheData() throws Exception {
        importSeed("ana");

        startApp();
        await("the user chooser", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane chooser = fx(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class));
        robot.clickOn(fx(() -> chooser.lookupButton(ButtonType.CANCEL)));

        await("the exit status", () -> !exitStatuses.isEmpty());
        assertThat(exitStatuses).containsExactly(ExitStatus.OK);
        assertThat(showingWindows()).isEmpty();
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            assertThat(store.userIds()).containsExactly("ana", "user_id");
        }
    }

    /** Writes the seed (user {@code user_id}) into the data folder, and {@code otherUsers} with only preferences. */
    private void importSeed(String... otherUsers) throws Exception {
        DataSet seed = TestData.seed();
        try (Store store = Store.open(DataFolder.open(dataDir), TestData.json())) {
            seed.userGoals().forEach(store.userGoals()::save);
            seed.dailyProgress().forEach(store.dailyProgress()::save);
            seed.userPreferences().forEach(store.userPreferences()::save);
            seed.userAnalytics().forEach(store.userAnalytics()::save);
            seed.conversationContext().forEach(store.conversationContext()::save);
            for (String other : otherUsers) {
                store.userPreferences().save(new UserPreferences(other, null, null, null));
            }
        }
    }

    private String userButtonText() {
        return fx(() -> robot.lookup("#userButton").queryAs(Button.class).getText());
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Waits until the main window has read the person's summary (the streak badge shows once it has). */
    private void awaitLoaded() {
        await("the main window", () -> robot.lookup(".streak-badge").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The page at {@code index} is the one shown, titled and selected; no other page is in the window. */
    private void assertOnPage(int index, String title) {
        await(PAGES.get(index) + " to show", () -> visible(robot.lookup("#" + PAGES.get(index)).tryQuery()));
        assertThat(pageTitle()).isEqualTo(title);
        for (int i = 0; i < PAGES.size(); i++) {
            assertThat(isSelected(NAVIGATION.get(i))).as(NAVIGATION.get(i) + " selected").isEqualTo(i == index);
            assertThat(isShowing(PAGES.get(i))).as(PAGES.get(i) + " showing").isEqualTo(i == index);
        }
    }

    private String pageTitle() {
        return fx(() -> robot.lookup(".page-title").queryAs(Label.class).getText());
    }

    private boolean isSelected(String navId) {
        return fx(() -> robot.lookup("#" + navId).queryAs(ToggleButton.class).isSelected());
    }

    private boolean isShowing(String id) {
        return fx(() -> visible(robot.lookup("#" + id).tryQuery()));
    }

    private static List<Window> showingWindows() {
        return fx(() -> Window.getWindows().stream().filter(Window::isShowing).toList());
    }

    private static boolean visible(Optional<Node> found) {
        return FxWait.visible(found);
    }

    private static <T> T fx(Callable<T> read) {
        return FxWait.fx(read);
    }

    private static void await(String what, Callable<Boolean> condition) {
        FxWait.await(what, condition);
    }
}
