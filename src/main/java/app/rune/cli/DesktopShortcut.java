package app.rune.cli;

import app.rune.data.DataLocation;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises the arguments that only open the desktop app ({@code rune}, {@code rune --data-dir DIR}), so the
 * launcher can open the window without building the whole command line first: picocli's set-up of every
 * command takes a good part of a second on a cold JVM, and none of it is needed to open the window. Anything
 * else, however close, goes through the command line as usual.
 */
public final class DesktopShortcut {
    private static final String DATA_DIR = "--data-dir";

    private DesktopShortcut() {
    }

    /**
     * The data folder to open the app on, or empty when {@code args} are not just the app's.
     *
     * @param env the environment variables ({@code RUNE_DATA_DIR})
     */
    public static Optional<Path> dataFolder(String[] args, RuneEnvironment env) {
        String dir;
        if (args.length == 0) {
            dir = null;
        } else if (args.length == 2 && args[0].equals(DATA_DIR) && !args[1].isEmpty() && !args[1].startsWith("-")) {
            dir = args[1];
        } else if (args.length == 1 && args[0].startsWith(DATA_DIR + "=") && args[0].length() > DATA_DIR.length() + 1) {
            dir = args[0].substring(DATA_DIR.length() + 1);
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(DataLocation.locate(dir == null ? null : Path.of(dir), env.env(),
                    env.osName(), env.home()));
        } catch (RuntimeException e) {
            // A path the system cannot take: let the command line say what is wrong with it.
            return Optional.empty();
        }
    }
}
