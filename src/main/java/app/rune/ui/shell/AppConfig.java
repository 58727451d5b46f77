package app.rune.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.IntConsumer;

/**
 * What the desktop app needs from the launcher: its data folder, the clock, the login name (the first user's
 * id), what to do with the exit status once the window has closed, and how far it reaches into the desktop.
 */
public record AppConfig(Path dataFolder, Clock clock, String loginName, IntConsumer onExit, Desktop desktop) {

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
