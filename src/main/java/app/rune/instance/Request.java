package app.rune.instance;

import java.util.List;

/**
 * What a second Rune asks of the one already running on the data folder.
 *
 * @param kind what is asked
 * @param args the command line as typed (for {@link Kind#COMMAND}); the window's page to show, if any
 *             (for {@link Kind#SHOW}: {@code today})
 * @param workingFolder the asking process's working folder: relative paths in {@code args} mean files there
 * @param dataFolder the data folder the asking process found in use, as an absolute path
 */
public record Request(Kind kind, List<String> args, String workingFolder, String dataFolder) {

    public enum Kind {
        /** A launch of the app: bring the window forward. */
        SHOW,
        /** A command of the command line, to be run by the running app as if it ran on its own. */
        COMMAND
    }

    public Request {
        args = List.copyOf(args);
    }
}
