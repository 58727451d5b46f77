package app.rune.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.IntConsumer;

/**
 * What the desktop app needs from the launcher: its data folder, the clock, the login name (the first user's
 * id), and what to do with the exit status once the window has closed.
 */
public record AppConfig(Path dataFolder, Clock clock, String loginName, IntConsumer onExit) {
}
