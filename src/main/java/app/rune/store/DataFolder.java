package app.rune.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The folder that holds one person's Rune data: the database file, the lock that keeps a second Rune out, the
 * log and the window state. Created readable by its owner only, because goals and moods are private.
 */
public final class DataFolder {
    /** Environment variable that points Rune at another data folder. */
    public static final String ENV_VARIABLE = "RUNE_DATA_DIR";

    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
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

    /** Creates the folder (owner-only) if it is missing and returns it. */
    public static DataFolder open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a file, not a folder");
        }
        if (!Files.isDirectory(absolute)) {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                if (supportsPosix(parent)) {
                    Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                } else {
                    Files.createDirectory(absolute);
                }
            } catch (FileAlreadyExistsException raced) {
                // Another process created it a moment ago: that is fine, it is a folder now.
            }
        }
        restrictToOwner(absolute, OWNER_ONLY_FOLDER);
        return new DataFolder(absolute);
    }

    public Path root() {
        return root;
    }

    public Path databaseFile() {
        return root.resolve("rune.db");
    }

    Path lockFile() {
        return root.resolve("rune.lock");
    }

    public Path logFile() {
        return root.resolve("rune.log");
    }

    public Path appStateFile() {
        return root.resolve("app-state.properties");
    }

    /** Daily and on-demand backups, in the export format. */
    public Path backupsFolder() {
        return backupsFolder(root);
    }

    /** The backups of the data folder at {@code root}, found without opening it (its file may be damaged). */
    public static Path backupsFolder(Path root) {
        return root.resolve("backups");
    }

    /** The reminder's bookkeeping: which day was last reminded, and a snooze in progress. */
    public Path remindersFile() {
        return root.resolve("reminders.properties");
    }

    /** Makes a file in this folder readable and writable by its owner only, where the file system allows it. */
    public static void restrictToOwner(Path file) throws IOException {
        restrictToOwner(file, OWNER_ONLY_FILE);
    }

    private static void restrictToOwner(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.exists(path) && supportsPosix(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean supportsPosix(Path path) {
        Path probe = path == null ? Path.of("").toAbsolutePath() : path;
        return Files.getFileAttributeView(probe, PosixFileAttributeView.class) != null;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
