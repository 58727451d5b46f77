package app.rune;

import app.rune.cli.CommandLineFactory;
import app.rune.cli.DesktopShortcut;
import app.rune.cli.ForwardedCommand;
import app.rune.cli.RuneEnvironment;
import app.rune.ui.shell.DesktopLauncher;
import app.rune.ui.shell.ForwardedCommands;
import java.time.Clock;

/**
 * Rune's entry point: {@code rune} opens the desktop app, {@code rune COMMAND ...} runs a command. A plain class
 * (not a JavaFX Application) so that the jar starts with JavaFX on the class path and commands never load it.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LogFile.silenceConsole();
        // Commands other processes hand the running app are run by the command line, on the app's session.
        ForwardedCommands commands = (session, dataFolder, request, showWindow) -> ForwardedCommand.perform(session,
                dataFolder, request, RuneEnvironment.system(folder -> ExitStatus.OK), showWindow);
        RuneEnvironment environment = RuneEnvironment.system(
                dataFolder -> DesktopLauncher.run(dataFolder, Clock.systemDefaultZone(),
                        System.getProperty("user.name", ""), commands));
        // Opening the window needs none of the command line: skip building it.
        int status = DesktopShortcut.dataFolder(args, environment)
                .map(folder -> environment.desktop().open(folder))
                .orElseGet(() -> CommandLineFactory.create(environment).execute(args));
        System.exit(status);
    }
}
