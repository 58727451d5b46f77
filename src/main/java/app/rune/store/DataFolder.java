package app.rune.store;

import app.rune.data.DataLocation;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The folder that holds one person's Rune data: the database file, the lock that keeps a second Rune out, the
 * log and the window state. Created readable by its owner only, because goals and moods are private.
 */
public final class DataFolder {
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
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

    /** Daily and on-demand backups, in the export format. */
    public Path backupsFolder() {
        return DataLocation.backupsFolder(root);
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
