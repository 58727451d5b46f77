package app.rune.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the command line reads from the machine it runs on, gathered in one place so tests can supply their own:
 * environment variables, operating system, home folder, clock and login name, and how to open the desktop app.
 */
public record RuneEnvironment(
        Map<String, String> env,
        String osName,
        Path home,
        Clock clock,
        String loginName,
        DesktopOpener desktop) {

    /** Opens the desktop app on a data folder and returns the exit status when it closes. */
    @FunctionalInterface
    public interface DesktopOpener {
        int open(Path dataFolder);
    }

    public static RuneEnvironment system(DesktopOpener desktop) {
        return new RuneEnvironment(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")), Clock.systemDefaultZone(),
                System.getProperty("user.name", ""), desktop);
    }
}
