package app.rune.ui.shell;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import app.rune.instance.Reply;
import app.rune.instance.Request;
import java.nio.file.Path;

/**
 * How the running app performs a command another process handed it (the command line's, given by the launcher:
 * the app does not know the command line).
 */
@FunctionalInterface
public interface ForwardedCommands {
    /** For an app started without the command line (tests): commands are refused as if nothing answered. */
    ForwardedCommands NONE = (session, dataFolder, request, showWindow) -> new Reply(ExitStatus.DATA_FOLDER_IN_USE,
            "", "The running Rune does not take commands.\n");

    /**
     * Runs {@code request} on the app's {@code session} of {@code dataFolder}; {@code showWindow} is what a plain
     * {@code rune} does. Called off the JavaFX thread.
     */
    Reply perform(RuneSession session, Path dataFolder, Request request, Runnable showWindow);
}
