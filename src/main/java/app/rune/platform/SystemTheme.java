package app.rune.platform;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system is set to a dark appearance, where that can be found out: the desktop's colour
 * scheme on GNOME, GTK_THEME elsewhere on Linux, the interface style on macOS, the apps' theme on Windows.
 * JavaFX 21 has no API for it. Anything uncertain answers "light".
 */
public final class SystemTheme {
    private static final Logger LOG = System.getLogger(SystemTheme.class.getName());

    private SystemTheme() {
    }

    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.startsWith("mac")) {
                return output(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).toLowerCase(Locale.ROOT)
                        .contains("dark");
            }
            if (os.startsWith("windows")) {
                return output(List.of("reg", "query",
                        "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                        "/v", "AppsUseLightTheme")).contains("0x0");
            }
            String gtk = System.getenv("GTK_THEME");
            if (gtk != null) {
                return gtk.toLowerCase(Locale.ROOT).contains("dark");
            }
            return output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                    .contains("prefer-dark");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Could not tell the system's theme", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a short query and returns what it printed; a query that hangs is given up after two seconds. */
    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "";
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
