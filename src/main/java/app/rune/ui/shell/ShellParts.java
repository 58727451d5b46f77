package app.rune.ui.shell;

import app.rune.ui.common.Background;
import java.time.Clock;
import java.util.ResourceBundle;

/**
 * What every person's main window is built with, the same for the app's whole run: the background worker, the
 * words, the clock, the window, the signal that the first screen is on show, and the start-up probe.
 */
record ShellParts(Background background, ResourceBundle text, Clock clock, MainWindow window,
        FirstScreen firstScreen, StartupProbe probe) {
}
