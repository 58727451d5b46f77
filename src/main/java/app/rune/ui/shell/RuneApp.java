package app.rune.ui.shell;

import app.rune.AllowedToUseStandardStreams;
import app.rune.RuneSession;
import app.rune.ExitStatus;
import app.rune.data.DamagedDataFileException;
import app.rune.data.DataFolderInUseException;
import app.rune.data.DataLocation;
import app.rune.data.StoreException;
import app.rune.service.today.DayPlan;
import app.rune.service.today.DaySummary;
import app.rune.service.user.UserDirectory;
import app.rune.service.user.UserSummary;
import app.rune.ui.shell.AppState;
import app.rune.ui.shell.AppStateFile;
import app.rune.model.DataSet;
import app.rune.model.json.RuneJson;
import app.rune.service.transfer.BackupFile;
import app.rune.service.transfer.BackupService;
import app.rune.service.transfer.InvalidImportException;
import app.rune.service.transfer.RestoreService;
import app.rune.ui.shell.DamagedDataDialog;
import app.rune.ui.analytics.AnalyticsView;
import app.rune.ui.analytics.AnalyticsViewModel;
import app.rune.ui.coach.CoachPanel;
import app.rune.ui.coach.CoachPanelViewModel;
import app.rune.ui.common.Dialogs;
import app.rune.ui.common.FxBackground;
import app.rune.ui.goal.GoalView;
import app.rune.ui.goal.GoalViewModel;
import app.rune.platform.SystemTheme;
import app.rune.ui.settings.SettingsView;
import app.rune.ui.settings.DataView;
import app.rune.ui.settings.DataViewModel;
import app.rune.ui.settings.SettingsViewModel;
import app.rune.ui.settings.Theme;
import app.rune.ui.shell.MainView;
import app.rune.ui.today.TodayView;
import app.rune.ui.today.TodayViewModel;
import app.rune.ui.shell.MainViewModel;
import app.rune.ui.shell.Page;
import app.rune.ui.shell.UserChooser;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop app. The window appears at once while the data folder is opened in the background; then the
 * person is chosen (created on first run) and the main window filled in.
 */
@AllowedToUseStandardStreams("Started from a terminal, the app also says there in one line why it could not open the data (the same line the command line prints)")
public final class RuneApp extends Application {
    private static final Logger LOG = System.getLogger(RuneApp.class.getName());
    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 760;
    static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private final AppConfig config;
    private final ResourceBundle text = ResourceBundle.getBundle("app.rune.ui.messages");
    private final FxBackground background = new FxBackground();
    /** While a data file found damaged in use is being let go, before the person is asked what to do. */
    private boolean handlingDamage;
    private final StartupProbe probe = StartupProbe.fromSystemProperties();
    private final FirstScreen firstScreen = new FirstScreen();
    private AppStateFile stateFile;
    private AppState state = AppState.empty();
    private Stage stage;
    private RuneSession session;
    /** True from start until the data folder is open (or could not be opened). */
    private boolean opening = true;
    /** Set when the window is closed while still opening: the exit waits until the folder is open. */
    private Integer exitWhenOpened;
    private boolean closing;
    private boolean stopped;
    private DesktopPresence presence;
    private boolean trayInstalled;
    /** The main window's model once a person is chosen: the tray's "Check in now" turns it to Today. */
    private MainViewModel main;

    private final DesktopServices desktop;

    public RuneApp(AppConfig config) {
        this(config, config.desktop() == AppConfig.Desktop.FULL ? DesktopServices.system() : DesktopServices.none());
    }

    /** With stand-ins for the tray and the system's notifications (tests). */
    RuneApp(AppConfig config, DesktopServices desktop) {
        this.config = config;
        this.desktop = desktop;
    }

    /** The data folder opening on a thread of its own since before JavaFX started; null when not asked for. */
    private CompletableFuture<Opened> openingEarly;
    /**
     * The first screen's data, read on that thread once the folder is open; completes with null when there is
     * none to read or the read failed (the screens then read for themselves). Taken by the first main window.
     */
    private CompletableFuture<FirstRead> firstReadEarly;

    /**
     * Starts opening the data folder at once, before JavaFX is up: opening the file and reading who it belongs
     * to takes about as long as the toolkit's own start, so the two overlap instead of following each other.
     * Call before {@link #start}; what it finds (or fails with) is handled there as if it had just happened.
     */
    void openDataNow() {
        CompletableFuture<Opened> opening = new CompletableFuture<>();
        CompletableFuture<FirstRead> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Opened opened;
            try {
                opened = openData(null);
            } catch (Exception | Error e) {
                reading.complete(null);
                opening.completeExceptionally(e);
                return;
            }
            opening.complete(opened);
            reading.complete(readFirstScreen(opened.session(), opened.users()));
        }, "rune-open");
        thread.setDaemon(true);
        openingEarly = opening;
        firstReadEarly = reading;
        thread.start();
    }

    /**
     * The early opening's result if it is there already and the person has nothing to read or answer first
     * (which person, when there are several and none was chosen last time): then
     * the main window is built before the window shows. Otherwise the window shows first and asks or tells.
     */
    private Opened openedEarlyWithoutQuestions() {
        if (openingEarly == null || !openingEarly.isDone() || openingEarly.isCompletedExceptionally()) {
            return null;
        }
        Opened opened = openingEarly.join();
        boolean known = opened.users().size() == 1
                || state.selectedUserId().filter(opened.users()::contains).isPresent();
        return known ? opened : null;
    }

    private Opened awaitOpenedEarly() throws Exception {
        try {
            return openingEarly.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Whom the data folder belongs to, read in the background: the users, creating the first one if needed. */
    private record Opened(RuneSession session, List<String> users, boolean systemIsDark) {
    }

    /**
     * What the first screen shows, read while JavaFX starts: the main window and Today show it as soon as it is
     * there (in the window's first frame, when it is there before the window is built) without asking again.
     */
    private record FirstRead(String userId, UserSummary summary, DayPlan today, List<DaySummary> strip) {
    }

    /** While the main window builds its first page: the start-up read that page takes its data from, or null. */
    private CompletableFuture<FirstRead> buildingWith;

    /** How to open the data folder: as it is, or past a damaged file (restoring a backup, or empty). */
    private record Recovery(DamagedDataDialog.Choice choice, Path backup) {
    }

    private Theme theme = Theme.SYSTEM;
    private boolean systemIsDark;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        background.watchFailures(failure -> {
            if (failure instanceof DamagedDataFileException damaged) {
                onDamageFound(damaged);
            }
        });
        stateFile = AppStateFile.in(config.dataFolder());
        state = stateFile.read();
        stage.setTitle(text.getString("app.title"));
        addIcons(stage);
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        placeWindow();
        // Opened while JavaFX started (the usual case): the main window is the first thing the window shows.
        Opened ready = openedEarlyWithoutQuestions();
        Scene scene = new Scene(ready != null ? new StackPane() : startupView(), stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(RuneApp.class.getResource(Dialogs.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        theme = state.themeName().flatMap(RuneApp::parseTheme).orElse(Theme.SYSTEM);
        presence = new DesktopPresence(config.desktop() != AppConfig.Desktop.NONE, desktop, stage, text,
                new DesktopPresence.Window() {
            @Override
            public void open() {
                bringBack();
            }

            @Override
            public void openToday() {
                bringBack();
                if (main != null) {
                    main.selectedPageProperty().set(Page.TODAY);
                }
            }

            @Override
            public void quit() {
                shutdown(ExitStatus.OK);
            }
        });
        stage.setOnCloseRequest(event -> {
            event.consume();
            if (presence.hasTray() && session != null && !closing) {
                hideToTray();
            } else {
                shutdown(ExitStatus.OK);
            }
        });
        if (ready != null) {
            onOpened(ready);
        }
        stage.show();
        probe.firstFrame(scene);
        if (ready == null) {
            background.run(() -> openingEarly != null ? awaitOpenedEarly() : openData(null), this::onOpened,
                    this::onOpenFailed);
        }
    }

    private Opened openData(Recovery recovery) throws Exception {
        // Asking the desktop for its theme starts a process (gsettings, reg, defaults): meanwhile, open the file.
        CompletableFuture<Boolean> systemDark = CompletableFuture.supplyAsync(SystemTheme::prefersDark);
        RuneSession opened;
        if (recovery == null) {
            opened = RuneSession.open(config.dataFolder(), config.clock());
        } else {
            // The backup is checked before the damaged file is moved: a bad backup changes nothing.
            DataSet checked = recovery.backup() == null ? null
                    : RestoreService.check(RuneJson.newMapper(), recovery.backup());
            // The person was told the file is damaged: it is kept aside whatever its state, never written over.
            opened = RuneSession.openSettingAside(config.dataFolder(), config.clock());
            if (checked != null) {
                opened.restorer().restore(checked);
            }
        }
        try {
            List<String> users = usersCreatingFirst(opened);
            return new Opened(opened, users, systemDark.join());
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** The people in the data folder; in an empty one, the first, named after the login. Reads the store. */
    private List<String> usersCreatingFirst(RuneSession opened) {
        UserDirectory directory = opened.users();
        List<String> users = new ArrayList<>(directory.userIds());
        if (users.isEmpty()) {
            String id = UserDirectory.idFromLoginName(config.loginName());
            directory.ensureUser(id);
            users.add(id);
        }
        return users;
    }

    /**
     * Reads what the first screen will show (the person's summary and today) on the early opening thread,
     * while JavaFX starts. Null when it cannot tell whose screen comes first, or the read fails (the screen
     * will then read for itself, and meet and report the same problem).
     */
    private FirstRead readFirstScreen(RuneSession opened, List<String> users) {
        String user = users.size() == 1 ? users.get(0)
                : AppStateFile.in(opened.dataFolder()).read().selectedUserId()
                        .filter(users::contains).orElse(null);
        if (user == null) {
            return null;
        }
        try {
            UserSummary summary = opened.summaries().summarize(user);
            DayPlan today = opened.checkIns().day(user, null);
            List<DaySummary> strip = opened.checkIns().recentDays(user, TodayViewModel.STRIP_DAYS);
            return new FirstRead(user, summary, today, strip);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Could not read the first screen ahead", e);
            return null;
        }
    }

    private void onOpened(Opened opened) {
        opening = false;
        systemIsDark = opened.systemIsDark();
        applyTheme();
        if (stopped) {
            // Stopped while the folder was opening: nobody will use it, so let it go at once.
            opened.session().close();
            return;
        }
        session = opened.session();
        if (exitWhenOpened != null) {
            shutdown(exitWhenOpened);
            return;
        }
        Optional<String> user = chooseUser(opened.users());
        if (user.isEmpty()) {
            shutdown(ExitStatus.OK);
            return;
        }
        showMain(user.get(), opened.users());
    }

    /**
     * Shows the start-up read of {@code userId}'s first screen with {@code show}: at once if it is there (so
     * the frame being built has it), else when it arrives. Without one (none was started, it was for someone
     * else, or it failed) {@code readAgain} reads as usual.
     */
    private void whenRead(CompletableFuture<FirstRead> first, String userId, Consumer<FirstRead> show,
            Runnable readAgain) {
        Consumer<FirstRead> apply = read -> {
            if (read != null && read.userId().equals(userId)) {
                show.accept(read);
            } else {
                readAgain.run();
            }
        };
        if (first == null) {
            readAgain.run();
        } else if (first.isDone()) {
            apply.accept(first.getNow(null));
        } else {
            first.thenAccept(read -> Platform.runLater(whileOpen(() -> apply.accept(read))));
        }
    }

    private Optional<String> chooseUser(List<String> users) {
        if (users.size() == 1) {
            return Optional.of(users.get(0));
        }
        Optional<String> remembered = state.selectedUserId().filter(users::contains);
        if (remembered.isPresent()) {
            return remembered;
        }
        String login = UserDirectory.idFromLoginName(config.loginName());
        return UserChooser.choose(text, users, users.contains(login) ? login : null, stage);
    }

    private void showMain(String userId, List<String> users) {
        state = state.withSelectedUser(userId);
        MainViewModel viewModel = new MainViewModel(userId, users, session.summaries(), background, text);
        main = viewModel;
        // The first main window takes its first page's data from the start-up read; any later one reads.
        CompletableFuture<FirstRead> first = firstReadEarly;
        firstReadEarly = null;
        buildingWith = first;
        MainView view;
        try {
            view = new MainView(viewModel, text, page -> createPage(page, userId, viewModel),
                    other -> showMain(other, users));
            stage.getScene().setRoot(view.root());
        } finally {
            buildingWith = null;
        }
        whenRead(first, userId, read -> viewModel.show(read.summary()), viewModel::refresh);
        RuneSession speaking = session;
        CoachPanelViewModel conversation = new CoachPanelViewModel(userId, session.coach(), background, text,
                () -> speaking.settings().zone(userId));
        view.showConversation(() -> new CoachPanel(conversation, page -> viewModel.selectedPageProperty().set(page)),
                Bindings.isEmpty(conversation.messages()));
        session.coach().onMessage(user -> {
            if (user.equals(userId)) {
                Platform.runLater(conversation::refresh);
            }
        });
        firstScreen.then(whileOpen(conversation::greet));
        if (!trayInstalled) {
            trayInstalled = true;
            // Not tied to this session (as whileOpen would be): the tray stays when the window is rebuilt.
            RuneSession reminding = session;
            firstScreen.then(() -> installTray(reminding, userId));
        } else {
            presence.remind(session, userId);
        }
        RuneSession backingUp = session;
        firstScreen.then(whileOpen(() -> background.run(() -> backingUp.backups().daily(), made -> { },
                failure -> LOG.log(Level.WARNING, "Could not make today's backup", failure))));
        // An import may have brought progress the stored figures do not know about: bring them up to date.
        RuneSession figures = session;
        firstScreen.then(whileOpen(() -> background.run(() -> {
            int before = figures.analytics().stored(userId).map(a -> a.streakRecords().currentStreak()).orElse(0);
            int after = figures.analytics().refresh(userId).streakRecords().currentStreak();
            figures.coach().streakChanged(userId, before, after);
            return after;
        }, updated -> viewModel.refresh(),
                failure -> LOG.log(Level.WARNING, "Could not bring the analytics up to date", failure))));
    }

    /**
     * The tray icon, then the reminders through it (so a reminder already due can use it). Called once the first
     * screen is on show: AWT's start-up takes a core for a few hundred milliseconds, which on a two-core machine
     * the window's first frame would otherwise wait for.
     */
    private void installTray(RuneSession reminding, String userId) {
        if (closing || stopped) {
            return;
        }
        presence.installTray(background, () -> {
            if (session == reminding && !closing && !stopped) {
                presence.remind(reminding, state.selectedUserId().orElse(userId));
            }
        });
    }

    /** {@code work}, unless by the time it runs the window is closing (quitting right after opening, say). */
    private Runnable whileOpen(Runnable work) {
        RuneSession current = session;
        return () -> {
            if (!closing && !stopped && session == current) {
                work.run();
            }
        };
    }

    /** Builds a screen on its first visit; it reloads whenever it is visited again. */
    private Node createPage(Page page, String userId, MainViewModel main) {
        return switch (page) {
            case GOAL -> {
                GoalViewModel goal = new GoalViewModel(userId, session.goals(), background, text,
                        RuneSession.coachWords(), main::refresh);
                GoalView view = new GoalView(goal, text);
                goal.loadedProperty().addListener((obs, was, loaded) -> {
                    if (loaded) {
                        firstScreen.ready(stage.getScene());
                    }
                });
                goal.load();
                reloadOnReturn(main, Page.GOAL, goal::load);
                yield view.root();
            }
            case TODAY -> {
                TodayViewModel today = new TodayViewModel(userId, session.checkIns(), background, text, main::refresh);
                TodayView view = new TodayView(today, text, () -> main.selectedPageProperty().set(Page.GOAL));
                today.loadedProperty().addListener((obs, was, loaded) -> {
                    if (loaded) {
                        firstScreen.ready(stage.getScene());
                        probe.interactive(stage.getScene(), () -> shutdown(ExitStatus.OK));
                    }
                });
                whenRead(buildingWith, userId, read -> {
                    if (!today.loadedProperty().get()) {
                        today.show(read.today(), read.strip());
                    }
                }, () -> today.load(null));
                reloadOnReturn(main, Page.TODAY, today::refresh);
                yield view.root();
            }
            case ANALYTICS -> {
                var reports = session.reports();
                AnalyticsViewModel analytics = new AnalyticsViewModel(range -> reports.report(userId, range),
                        background, text);
                AnalyticsView view = new AnalyticsView(analytics, text);
                analytics.load();
                reloadOnReturn(main, Page.ANALYTICS, analytics::load);
                yield view.root();
            }
            case SETTINGS -> {
                SettingsViewModel settings = new SettingsViewModel(userId, session.settings(), background, text, theme,
                        this::changeTheme);
                SettingsView view = new SettingsView(settings, text);
                DataViewModel data = new DataViewModel(new DataViewModel.Services(session.backups(),
                        session.restorer(), session.importer(), session.exporter(), session.csvExporter()),
                        background, text, config.clock(), this::dataReplaced);
                view.addCard(new DataView(data, text, config.clock()).root());
                data.load();
                settings.load();
                reloadOnReturn(main, Page.SETTINGS, settings::load);
                yield view.root();
            }
        };
    }

    /**
     * A restore or an import changed the data under every screen: the window is built afresh from the store,
     * for the same person if they are still in it, and then says what happened.
     */
    private void dataReplaced(String message) {
        if (session == null || stopped) {
            return;
        }
        RuneSession changed = session;
        background.run(() -> usersCreatingFirst(changed), users -> rebuild(users, message),
                failure -> {
                    // The change itself is done and saved; only the window could not be rebuilt from it.
                    LOG.log(Level.WARNING, "Could not read the users after the data changed", failure);
                    showNotice(text.getString("data.done.title"), message);
                });
    }

    private void rebuild(List<String> users, String message) {
        if (session == null || stopped || closing) {
            return;
        }
        String current = state.selectedUserId().orElse(null);
        Optional<String> user = current != null && users.contains(current) ? Optional.of(current)
                : chooseUser(users);
        if (user.isEmpty()) {
            shutdown(ExitStatus.OK);
            return;
        }
        showMain(user.get(), users);
        main.selectedPageProperty().set(Page.SETTINGS);
        showNotice(text.getString("data.done.title"), message);
    }

    /** Light or dark now, saved for the next start. */
    private void changeTheme(Theme chosen) {
        theme = chosen;
        applyTheme();
        state = state.withTheme(chosen.name());
        AppState saving = state;
        background.run(() -> {
            stateFile.write(saving);
            return null;
        }, done -> { }, failure -> LOG.log(Level.WARNING, "Could not save the theme", failure));
    }

    private void applyTheme() {
        boolean dark = theme == Theme.DARK || theme == Theme.SYSTEM && systemIsDark;
        var sheets = stage.getScene().getStylesheets();
        String darkSheet = RuneApp.class.getResource(Dialogs.DARK_STYLESHEET).toExternalForm();
        sheets.remove(darkSheet);
        if (dark) {
            sheets.add(darkSheet);
        }
    }

    private static Optional<Theme> parseTheme(String name) {
        try {
            return Optional.of(Theme.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A screen shows what changed elsewhere (tasks approved on Goal, a task changed on Today) when revisited. */
    private static void reloadOnReturn(MainViewModel main, Page page, Runnable reload) {
        main.selectedPageProperty().addListener((obs, old, now) -> {
            if (now == page && old != page) {
                reload.run();
            }
        });
    }

    private void onOpenFailed(Throwable failure) {
        opening = false;
        if (failure instanceof DamagedDataFileException damaged && exitWhenOpened == null) {
            System.err.println(damaged.getMessage());
            recover(damaged.getMessage(), newestBackup(), damaged.recovered());
        } else if (failure instanceof InvalidImportException badBackup && exitWhenOpened == null) {
            // The newest backup would not restore: say why, and offer to start empty (the damaged file stays).
            showError(text.getString("damaged.title"), badBackup.getMessage());
            recover(text.getString("damaged.title"), Optional.empty(), Optional.empty());
        } else if (failure instanceof DataFolderInUseException inUse) {
            // The terminal gets the same one line as the command line would print.
            System.err.println(inUse.getMessage());
            showError(text.getString("startup.inUse.title"), inUse.getMessage());
            shutdown(ExitStatus.DATA_FOLDER_IN_USE);
        } else if (failure instanceof StoreException storeFailure) {
            System.err.println(storeFailure.getMessage());
            showError(text.getString("startup.failed.title"), storeFailure.getMessage());
            shutdown(ExitStatus.FAILED);
        } else {
            String message = "Rune could not open the data folder " + config.dataFolder() + ": "
                    + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
            System.err.println(message);
            showError(text.getString("startup.failed.title"), message);
            shutdown(ExitStatus.FAILED);
        }
    }

    /**
     * The data file turned out damaged while the app used it (a page that no longer reads): its session is let go
     * without another write, the screens are taken down, and the person is asked what to do, as at start-up.
     */
    private void onDamageFound(DamagedDataFileException damaged) {
        if (session == null || closing || stopped || handlingDamage) {
            return;
        }
        handlingDamage = true;
        RuneSession let = session;
        session = null;
        main = null;
        stage.getScene().setRoot(startupView());
        bringBack();
        background.run(() -> {
            presence.stopReminders();
            let.close();
            return null;
        }, done -> afterDamagedSessionClosed(damaged), failure -> afterDamagedSessionClosed(damaged));
    }

    private void afterDamagedSessionClosed(DamagedDataFileException damaged) {
        handlingDamage = false;
        if (!closing && !stopped) {
            recover(damaged.getMessage(), newestBackup(), damaged.recovered());
        }
    }

    private void recover(String problem, Optional<BackupFile> newest, Optional<Path> recovered) {
        DamagedDataDialog.Choice choice = DamagedDataDialog.ask(text, problem, newest, recovered, stage);
        if (stopped) {
            // The app was stopped while the question was open (the session ending, say): nothing to do.
            return;
        }
        if (choice == DamagedDataDialog.Choice.QUIT) {
            shutdown(ExitStatus.DATA_FILE_DAMAGED);
            return;
        }
        Recovery recovery = new Recovery(choice, switch (choice) {
            case RESTORE_NEWEST -> newest.map(BackupFile::file).orElse(null);
            case RESTORE_RECOVERED -> recovered.orElse(null);
            default -> null;
        });
        opening = true;
        background.run(() -> openData(recovery), this::onOpened, this::onOpenFailed);
    }

    private Optional<BackupFile> newestBackup() {
        try {
            return BackupService.in(DataLocation.backupsFolder(config.dataFolder())).stream().findFirst();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list the backups", e);
            return Optional.empty();
        }
    }

    private void showNotice(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        Dialogs.styled(alert).showAndWait();
    }

    private void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, new ButtonType(text.getString("startup.quit"),
                ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        Dialogs.styled(alert).showAndWait();
    }

    private Parent startupView() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        VBox box = new VBox(progress, new Label(text.getString("startup.opening")));
        box.getStyleClass().add("startup");
        return box;
    }

    private void placeWindow() {
        Optional<AppState.WindowBounds> saved = state.windowBounds().filter(RuneApp::visibleOnSomeScreen);
        if (saved.isPresent()) {
            AppState.WindowBounds w = saved.get();
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(w.width());
            stage.setHeight(w.height());
            stage.setMaximized(w.maximized());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
    }

    /** A window saved on a monitor that is gone now would open out of sight. */
    private static boolean visibleOnSomeScreen(AppState.WindowBounds w) {
        return !Screen.getScreensForRectangle(w.x(), w.y(), Math.max(1, w.width() / 2), 40).isEmpty();
    }

    private static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            var url = RuneApp.class.getResource("/app/rune/icons/rune-" + size + ".png");
            if (url != null) {
                // Decoded by JavaFX in the background: seven PNGs need not hold up the window's first frame.
                stage.getIcons().add(new Image(url.toExternalForm(), true));
            }
        }
    }

    /** Closing the window with a tray: Rune stays, to remind; the first time it says so. */
    private void hideToTray() {
        rememberWindow();
        stage.hide();
        if (!state.trayHintShown()) {
            presence.sayStillRunning();
            state = state.withTrayHintShown();
            stateFile.write(state);
        }
    }

    /** The window back from the tray (or from behind other windows), as it was. */
    private void bringBack() {
        if (closing) {
            return;
        }
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.setIconified(false);
        stage.toFront();
    }

    /** Remembers the window, lets the data folder go, then reports the exit status. */
    private void shutdown(int status) {
        if (closing) {
            return;
        }
        if (opening) {
            // Closing the file mid-open would race the open; let it finish (onOpened comes back here).
            exitWhenOpened = status;
            stage.hide();
            return;
        }
        closing = true;
        if (session != null) {
            rememberWindow();
        }
        stage.hide();
        RuneSession open = session;
        session = null;
        background.run(() -> {
            // Reminders read the data folder: they stop first.
            presence.close();
            if (open != null) {
                open.close();
            }
            return status;
        }, config.onExit()::accept, failure -> config.onExit().accept(ExitStatus.FAILED));
    }

    private void rememberWindow() {
        AppState.WindowBounds bounds = stage.isMaximized()
                ? state.windowBounds()
                        .map(w -> new AppState.WindowBounds(w.x(), w.y(), w.width(), w.height(), true))
                        .orElse(new AppState.WindowBounds(stage.getX(), stage.getY(), DEFAULT_WIDTH, DEFAULT_HEIGHT,
                                true))
                : new AppState.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        state = state.withWindow(bounds);
        stateFile.write(state);
    }

    /** Called by TestFX when a test ends, and by nothing else: the window's close does the real shutdown. */
    @Override
    public void stop() {
        stopped = true;
        if (presence != null) {
            presence.close();
        }
        if (session != null) {
            session.close();
            session = null;
        }
        background.close();
    }
}
