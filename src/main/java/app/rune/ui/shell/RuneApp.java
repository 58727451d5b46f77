package app.rune.ui.shell;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import app.rune.data.DamagedDataFileException;
import app.rune.ui.common.FxBackground;
import app.rune.ui.shell.DataOpening.Opened;
import app.rune.ui.shell.DataOpening.Recovery;
import java.time.Duration;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The desktop app's life: the window appears at once while the data folder opens in the background
 * ({@link DataOpening}); then the folder is shown, its person chosen and their window built
 * ({@link ShownSession}); closing lets the folder go. The window itself is {@link MainWindow}, the tray
 * {@link DesktopPresence}, and a folder that will not open, or turns out damaged, {@link OpeningProblems}.
 */
public final class RuneApp extends Application {
    /** How long the window waits, before it first shows, for the data folder that is opening (see DataOpening). */
    private static final Duration OPENING_WAIT = Duration.ofMillis(250);
    private final AppConfig config;
    private final DesktopServices desktop;
    private final ResourceBundle text = ResourceBundle.getBundle("app.rune.ui.messages");
    private final FxBackground background = new FxBackground();
    private final StartupProbe probe = StartupProbe.fromSystemProperties();
    private final FirstScreen firstScreen = new FirstScreen();
    private final DataOpening opening;
    private MainWindow window;
    private ShellParts parts;
    private OpeningProblems problems;
    private DesktopPresence presence;
    /** How other Rune processes on the folder reach this one. */
    private RunningInstance instance;
    /** The data folder open in the window and whose window it shows; null while none is. */
    private ShownSession shown;
    /** True from start until the data folder is open (or could not be opened). */
    private boolean openingNow = true;
    /** Set when the window is closed while still opening: the exit waits until the folder is open. */
    private Integer exitWhenOpened;
    private boolean closing;
    private boolean stopped;
    /** While a data file found damaged in use is being let go, before the person is asked what to do. */
    private boolean handlingDamage;

    public RuneApp(AppConfig config) {
        this(config, config.desktop() == AppConfig.Desktop.FULL ? DesktopServices.system() : DesktopServices.none());
    }

    /** With stand-ins for the tray and the system's notifications (tests). */
    RuneApp(AppConfig config, DesktopServices desktop) {
        this.config = config;
        this.desktop = desktop;
        this.opening = new DataOpening(config);
    }

    /** Starts opening the data folder before JavaFX is up (see {@link DataOpening#startNow}); before {@link #start}. */
    void openDataNow() {
        opening.startNow();
    }

    @Override
    public void start(Stage stage) {
        background.watchFailures(failure -> {
            if (failure instanceof DamagedDataFileException damaged) {
                onDamageFound(damaged);
            }
        });
        window = new MainWindow(stage, text, config.dataFolder());
        parts = new ShellParts(background, text, config.clock(), window, firstScreen, probe);
        problems = new OpeningProblems(window, text, config.dataFolder());
        instance = new RunningInstance(config, this::bringBack);
        // Opened while JavaFX started (the usual case): the main window is the first thing the window shows.
        Opened ready = opening.readyWithoutQuestions(window.state().selectedUserId(), OPENING_WAIT);
        Scene scene = window.createScene(ready != null ? new StackPane() : null);
        presence = new DesktopPresence(config.desktop() != AppConfig.Desktop.NONE, desktop, stage, text,
                new DesktopPresence.Window(this::bringBack, this::openToday, () -> shutdown(ExitStatus.OK)));
        stage.setOnCloseRequest(event -> {
            event.consume();
            if (presence.hasTray() && shown != null && !closing) {
                presence.closeIntoTray(window);
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
            background.run(opening::awaitOrOpen, this::onOpened, this::onOpenFailed);
        }
    }

    private void onOpened(Opened opened) {
        openingNow = false;
        window.systemIsDark(opened.systemIsDark());
        if (stopped) {
            // Stopped while the folder was opening: nobody will use it, so let it go at once.
            opened.session().close();
            return;
        }
        ShownSession showing = new ShownSession(parts, opening, presence, config.loginName(), opened.session(),
                this::shutdown, () -> closing || stopped || shown == null || shown.session() != opened.session());
        shown = showing;
        instance.serve(showing);
        if (exitWhenOpened != null) {
            shutdown(exitWhenOpened);
            return;
        }
        showing.show(opened.users());
    }

    private void onOpenFailed(Throwable failure) {
        openingNow = false;
        problems.openFailed(failure, exitWhenOpened != null, wayBack());
    }

    /** Where the person's answer about a damaged file leads: the folder opened again past it, or leaving. */
    private OpeningProblems.Outcome wayBack() {
        return new OpeningProblems.Outcome(recovery -> {
            if (!stopped) {
                openingNow = true;
                background.run(() -> opening.open(recovery), this::onOpened, this::onOpenFailed);
            }
        }, status -> {
            if (!stopped) {
                shutdown(status);
            }
        });
    }

    /**
     * The data file turned out damaged while the app used it (a page that no longer reads): its session is let go
     * without another write, the screens are taken down, and the person is asked what to do, as at start-up.
     */
    private void onDamageFound(DamagedDataFileException damaged) {
        if (shown == null || closing || stopped || handlingDamage) {
            return;
        }
        handlingDamage = true;
        RuneSession let = shown.session();
        shown = null;
        instance.pause();
        window.showStartup();
        bringBack();
        Runnable ask = () -> {
            handlingDamage = false;
            if (!closing && !stopped) {
                problems.askTheWayBack(damaged, wayBack());
            }
        };
        background.run(() -> {
            presence.stopReminders();
            let.close();
            return null;
        }, done -> ask.run(), failure -> ask.run());
    }

    private void bringBack() {
        if (!closing) {
            window.bringBack();
        }
    }

    /** The tray's "Check in now", or a clicked reminder. */
    private void openToday() {
        bringBack();
        if (shown != null) {
            shown.openToday();
        }
    }

    /** Remembers the window, lets the data folder go, then reports the exit status. */
    private void shutdown(int status) {
        if (closing) {
            return;
        }
        if (openingNow) {
            // Closing the file mid-open would race the open; let it finish (onOpened comes back here).
            exitWhenOpened = status;
            window.stage().hide();
            return;
        }
        closing = true;
        if (shown != null) {
            window.rememberPlace();
        }
        window.stage().hide();
        RuneSession open = shown == null ? null : shown.session();
        shown = null;
        instance.pause();
        background.run(() -> {
            // No more commands from other processes; one under way finishes first.
            instance.close();
            // Reminders read the data folder: they stop first.
            presence.close();
            if (open != null) {
                open.close();
            }
            return status;
        }, config.onExit()::accept, failure -> config.onExit().accept(ExitStatus.FAILED));
    }

    /** Called by TestFX when a test ends, and by nothing else: the window's close does the real shutdown. */
    @Override
    public void stop() {
        stopped = true;
        if (instance != null) {
            instance.close();
        }
        if (presence != null) {
            presence.close();
        }
        if (shown != null) {
            shown.session().close();
            shown = null;
        }
        background.close();
    }
}
