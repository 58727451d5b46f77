package app.rune.cli;

import app.rune.RuneSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the command line reads from the machine it runs on, gathered in one place so tests can supply their own:
 * environment variables, operating system, home folder, clock and login name, how to open the desktop app, and
 * how a command gets its session (its own, or the running app's when the app performs it).
 */
public record RuneEnvironment(
        Map<String, String> env,
        String osName,
        Path home,
        Clock clock,
        String loginName,
        DesktopOpener desktop,
        Sessions sessions) {

    /** Opens the desktop app on a data folder and returns the exit status when it closes. */
    @FunctionalInterface
    public interface DesktopOpener {
        int open(Path dataFolder);
    }

    /** Where a command's session on the data folder comes from. */
    @FunctionalInterface
    public interface Sessions {
        /** Its own: the command takes the folder for as long as it runs. */
        Sessions OWN = (folder, clock, settingAsideDamaged) -> settingAsideDamaged
                ? RuneSession.openSettingAsideDamaged(folder, clock) : RuneSession.open(folder, clock);

        /**
         * @param settingAsideDamaged a damaged data file is moved aside and a new one made (restore's way back)
         */
        RuneSession open(Path folder, Clock clock, boolean settingAsideDamaged) throws IOException;
    }

    /** A command line that opens its own sessions. */
    public RuneEnvironment(Map<String, String> env, String osName, Path home, Clock clock, String loginName,
            DesktopOpener desktop) {
        this(env, osName, home, clock, loginName, desktop, Sessions.OWN);
    }

    public static RuneEnvironment system(DesktopOpener desktop) {
        return new RuneEnvironment(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")), Clock.systemDefaultZone(),
                System.getProperty("user.name", ""), desktop);
    }
}
