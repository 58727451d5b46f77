package app.rune.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.IntConsumer;

/**
 * What the desktop app needs from the launcher: its data folder, the clock, the login name (the first user's
 * id), what to do with the exit status once the window has closed, how far it reaches into the desktop, and how
 * it performs commands that other processes hand it.
 */
public record AppConfig(Path dataFolder, Clock clock, String loginName, IntConsumer onExit, Desktop desktop,
        ForwardedCommands commands) {

    /** An app that takes no commands from other processes (a second launch still brings its window forward). */
    public AppConfig(Path dataFolder, Clock clock, String loginName, IntConsumer onExit, Desktop desktop) {
        this(dataFolder, clock, loginName, onExit, desktop, ForwardedCommands.NONE);
    }

    /** How far the app reaches beyond its window. */
    public enum Desktop {
        /** A tray icon where there is a tray, and reminders as the system's notifications. */
        FULL,
        /** Reminders only as messages inside the window: no tray, no system notifications (UI tests). */
        WINDOW_ONLY,
        /** No reminders at all (UI tests that are about something else). */
        NONE
    }
}
