package app.rune.ui.shell;

import app.rune.RuneSession;
import app.rune.platform.TrayIcon;
import app.rune.service.reminder.FirstWorkingNotifier;
import app.rune.service.reminder.Notifier;
import app.rune.service.reminder.ReminderService;
import app.rune.ui.common.Background;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Rune on the desktop beyond its window: the tray icon (Open, Check in now, Snooze 15 minutes, Quit) and the
 * daily reminder, shown as the system's notification where there is one, else through the tray icon, else inside
 * the window. With a tray, closing the window only hides it, so reminders keep coming.
 */
final class DesktopPresence implements AutoCloseable {
    private static final Logger LOG = System.getLogger(DesktopPresence.class.getName());

    /** What the tray and a clicked notification ask of the window; run on the JavaFX thread. */
    record Window(Runnable open, Runnable openToday, Runnable quit) {
    }

    private final boolean reminds;
    private final DesktopServices desktop;
    private final Stage stage;
    private final ResourceBundle text;
    private final Window window;
    /** Through the system's notifications, else the tray, else the window; the routes are made on first use. */
    private final Notifier notifier = (title, body, onOpen) -> routes().show(title, body, onOpen);
    private FirstWorkingNotifier routes;
    private volatile DesktopServices.Tray tray;
    private ReminderService reminders;
    private boolean closed;
    /** Whether the tray icon was asked for already: it is installed once, whoever's window is shown. */
    private boolean trayAsked;

    /** @param reminds false: no reminders at all (UI tests about something else) */
    DesktopPresence(boolean reminds, DesktopServices desktop, Stage stage, ResourceBundle text, Window window) {
        this.reminds = reminds;
        this.desktop = desktop;
        this.stage = stage;
        this.text = text;
        this.window = window;
    }

    /**
     * Puts Rune's icon in the tray, in the background: AWT's start-up must not hold up the window. Then runs
     * {@code then} on the FX thread, whether or not there is a tray (reminders start there, so their first
     * one can use the tray).
     */
    private void installTray(Background background, Runnable then) {
        List<TrayIcon.MenuEntry> menu = Arrays.asList(
                new TrayIcon.MenuEntry(text.getString("tray.open"), () -> Platform.runLater(window.open())),
                new TrayIcon.MenuEntry(text.getString("tray.checkIn"), () -> Platform.runLater(window.openToday())),
                new TrayIcon.MenuEntry(text.getString("tray.snooze"), this::snooze),
                null,
                new TrayIcon.MenuEntry(text.getString("tray.quit"), () -> Platform.runLater(window.quit())));
        background.run(() -> desktop.tray().install(DesktopPresence.class.getResource(DesktopServices.ICON),
                text.getString("app.title"), menu), installed -> {
                    installed.ifPresent(icon -> {
                        if (closed) {
                            icon.remove();
                        } else {
                            tray = icon;
                        }
                    });
                    then.run();
                }, failure -> {
                    LOG.log(Level.INFO, "No tray icon", failure);
                    then.run();
                });
    }

    /**
     * Reminds {@code userId} from now on. The first time, once the first screen is on show, the tray icon is put
     * in first (so a reminder already due can use it): AWT's start-up takes a core for a few hundred milliseconds,
     * which on a two-core machine the window's first frame would otherwise wait for. {@code stillWanted} says,
     * when the tray is in, whether that person's reminders are still the ones to start (the app may be closing,
     * or showing someone else).
     */
    void remindAfter(FirstScreen firstScreen, Background background, RuneSession session, String userId,
            Supplier<Optional<String>> stillWanted) {
        if (trayAsked) {
            remind(session, userId);
            return;
        }
        trayAsked = true;
        firstScreen.then(() -> {
            if (stillWanted.get().isPresent()) {
                installTray(background, () -> stillWanted.get().ifPresent(user -> remind(session, user)));
            }
        });
    }

    /** Closing the window with a tray: Rune stays, to remind; the first time it says so. */
    void closeIntoTray(MainWindow window) {
        window.rememberPlace();
        window.stage().hide();
        if (!window.state().trayHintShown()) {
            sayStillRunning();
            window.remember(AppState::withTrayHintShown);
        }
    }

    /** Reminds {@code userId} from now on (after a switch of user, instead of the one before). */
    void remind(RuneSession session, String userId) {
        stopReminders();
        if (!reminds) {
            return;
        }
        reminders = session.reminders(userId, notifier, () -> Platform.runLater(window.openToday()));
        reminders.start();
    }

    /** Whether closing the window should keep Rune running in the tray. */
    boolean hasTray() {
        return tray != null;
    }

    /** The one-time word, when the window is first closed into the tray, that Rune is still there. */
    private void sayStillRunning() {
        String title = text.getString("tray.hint.title");
        String body = text.getString("tray.hint.text");
        // The routes may wait a moment for the desktop's answer; the window must not.
        Thread saying = new Thread(() -> notifier.show(title, body, () -> Platform.runLater(window.open())),
                "rune-tray-hint");
        saying.setDaemon(true);
        saying.start();
    }

    private void snooze() {
        ReminderService current = reminders;
        if (current != null) {
            current.snooze();
        }
    }

    private synchronized FirstWorkingNotifier routes() {
        if (routes == null) {
            routes = new FirstWorkingNotifier(routeList());
        }
        return routes;
    }

    /** The system's own notifications first, then the tray's message, then one inside the window if it is open. */
    private List<Notifier> routeList() {
        List<Notifier> routes = new ArrayList<>(desktop.notifications());
        routes.add(new Notifier() {
            @Override
            public boolean show(String title, String body, Runnable onOpen) {
                DesktopServices.Tray icon = tray;
                return icon != null && icon.show(title, body, onOpen);
            }

            @Override
            public String toString() {
                return "the tray icon's message";
            }
        });
        routes.add(new InAppNotifier(stage));
        return routes;
    }

    /** No reminder reads the data folder after this, until {@link #remind} starts them again. */
    void stopReminders() {
        if (reminders != null) {
            reminders.close();
            reminders = null;
        }
    }

    /** Before the data folder closes: no reminder may read it after this. */
    @Override
    public void close() {
        closed = true;
        stopReminders();
        DesktopServices.Tray icon = tray;
        tray = null;
        if (icon != null) {
            icon.remove();
        }
    }
}
