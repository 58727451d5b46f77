package app.rune.store;

import app.rune.data.DataLocation;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * The folder that holds one person's Rune data: the database file, the lock that keeps a second Rune out, the
 * log and the window state. Created readable by its owner only, because goals and moods are private.
 */
public final class DataFolder {
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    /** What Rune itself puts in a new folder before anything is stored: all that {@link #removeIfNew} removes. */
    private static final Set<String> OWN_FILES = Set.of("rune.db", "rune.db.temp", "rune.db.commit", "rune.lock",
            "rune.log");

    private final Path root;
    /** Whether this open made the folder (it did not exist before). */
    private final boolean madeNow;

    private DataFolder(Path root, boolean madeNow) {
        this.root = root;
        this.madeNow = madeNow;
    }

    /** Creates the folder (owner-only) if it is missing and returns it. */
    public static DataFolder open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a file, not a folder");
        }
        boolean madeNow = !Files.isDirectory(absolute);
        if (madeNow) {
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
        return new DataFolder(absolute, madeNow);
    }

    /**
     * Removes the folder again when this open made it and it holds only what Rune puts in a new folder: a command
     * refused for bad input leaves the disk as it found it. Called once the file is closed; anything else in the
     * folder (a file someone put there meanwhile) keeps it. Best effort: what cannot be removed stays.
     */
    public void removeIfNew() {
        if (!madeNow) {
            return;
        }
        try (var entries = Files.list(root)) {
            List<Path> found = entries.toList();
            if (!found.stream().allMatch(path -> OWN_FILES.contains(path.getFileName().toString())
                    && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))) {
                return;
            }
            for (Path file : found) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(root);
        } catch (IOException e) {
            // Left as it is: an empty data folder does no harm.
        }
    }

    /**
     * Whether nothing was ever saved here: no data file and no record of commits to one. A missing file with a
     * record is damage to report, never a folder to tidy away.
     */
    boolean holdsNothingSaved() {
        return !Files.exists(databaseFile(), LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(CommitRecord.beside(databaseFile()).file(), LinkOption.NOFOLLOW_LINKS);
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

    /**
     * Creates {@code file}, empty, readable and writable by its owner only from the start (where the file system
     * allows it): what is written into it is never readable by others, not even while it is being written.
     */
    public static void createOwnerOnly(Path file) throws IOException {
        if (supportsPosix(file.toAbsolutePath().getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } else {
            Files.createFile(file);
        }
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
