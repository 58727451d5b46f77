package app.rune.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the person's data lives, found without opening anything: the data folder (from {@code --data-dir}, the
 * environment or the platform's custom) and its backups, which must be found even when the data file is damaged.
 */
public final class DataLocation {
    /** Environment variable that points Rune at another data folder. */
    public static final String ENV_VARIABLE = "RUNE_DATA_DIR";

    private DataLocation() {
    }

    /**
     * The folder to use: {@code explicit} when given (the {@code --data-dir} option), else {@value #ENV_VARIABLE},
     * else the platform's usual place for application data.
     */
    public static Path locate(Path explicit, Map<String, String> env, String osName, Path home) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return platformDefault(env, osName, home);
    }

    /** The platform's usual place: XDG data home on Linux, Application Support on macOS, APPDATA on Windows. */
    static Path platformDefault(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Rune");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Rune");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("rune");
        }
        return home.resolve(".local").resolve("share").resolve("rune");
    }

    /** The backups of the data folder at {@code root}. */
    public static Path backupsFolder(Path root) {
        return root.resolve("backups");
    }
}
