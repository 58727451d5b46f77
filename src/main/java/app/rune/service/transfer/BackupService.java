package app.rune.service.transfer;

import app.rune.data.FileProblems;
import app.rune.model.DataSet;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Backups of everything, in the JSON export format, in the data folder's {@code backups/}: one a day when Rune
 * opens ({@code rune-YYYY-MM-DD.json}), and more on demand, before an import or a restore and after an import
 * ({@code rune-YYYY-MM-DD-HHMMSS.json}). Each is written through a temporary file and renamed, so a crash never
 * leaves half a backup, and never over another backup. A backup reads every document first: a damaged data file
 * fails the read, so no backup is ever made from one; and an empty store makes no automatic backup (an empty
 * backup would only push a real one out). Old ones are pruned by {@link BackupRetention}; files of any other name
 * are never touched.
 *
 * <p>Names carry the date and time in the folder's zone ({@link #zone()}): the person's own, as everything else
 * in Rune, when one person (or everyone) in the folder lives in one zone; the computer's when there is no one
 * yet or people in different zones share the folder (see {@code UserZone.shared}). "Today" for the daily backup
 * and for pruning is that zone's today too.
 */
public final class BackupService {
    private static final Logger LOG = System.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    /** How old an unfinished backup's temporary file must be to be removed as left by a killed Rune. */
    private static final Duration UNFINISHED_AFTER = Duration.ofMinutes(10);

    private final ExportService exporter;
    private final Path folder;
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    /** Why the day's backup could not be made, until a backup is made again (this session's, not stored). */
    private volatile Missed missed;

    /** A day's backup that failed, and why in a few words ("the disk is full; free some space and try again"). */
    public record Missed(LocalDate day, String why) {
    }

    /** @param zone the zone backup names are written in (the folder's, see UserDirectory#sharedZone) */
    public BackupService(ExportService exporter, Path folder, Clock clock, Supplier<ZoneId> zone) {
        this.exporter = exporter;
        this.folder = folder;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Today's backup, unless there is one already or there is nothing to back up; then prunes. Returns the file
     * written, if any.
     */
    public Optional<Path> daily() throws IOException {
        LocalDate today = now(zone()).toLocalDate();
        boolean done = list().stream().anyMatch(b -> b.taken().toLocalDate().equals(today) && b.daily());
        if (done) {
            return Optional.empty();
        }
        if (exporter.holdsNothing()) {
            LOG.log(Level.INFO, "Nothing to back up today: the data holds no documents");
            return Optional.empty();
        }
        // Written as it is read: ten years of days need not be in memory at once just after the window shows.
        try {
            Path file = unused("rune-" + today);
            exporter.writeAsRead(file);
            missed = null;
            prune();
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            // Nothing stops for it (the data itself is safe), so the person must be told: see missedToday.
            missed = new Missed(today, FileProblems.describe(e, folder));
            throw e;
        }
    }

    /** Today's backup, if making it failed and no backup was made since. */
    public Optional<Missed> missedToday() {
        Missed known = missed;
        return known != null && known.day().equals(now(zone()).toLocalDate()) ? Optional.of(known) : Optional.empty();
    }

    /** A backup now, whatever was made today already (on demand, say). */
    public Path now() throws IOException {
        return write(unused("rune-" + now(zone()).format(STAMP)), exporter.exportAll());
    }

    /** A backup now of {@code stored}, everything the data file holds, read already (by an import, say). */
    public Path now(DataSet stored) throws IOException {
        return write(unused("rune-" + now(zone()).format(STAMP)), exporter.current(stored));
    }

    /** As {@link #beforeChange()}, of {@code stored}, everything the data file holds, read already. */
    public Optional<Path> beforeChange(DataSet stored) throws IOException {
        if (stored.size() == 0) {
            return Optional.empty();
        }
        return Optional.of(write(unused("rune-" + now(zone()).format(STAMP)), exporter.current(stored)));
    }

    /**
     * The state just before an import or a restore changes it; nothing when there is nothing to back up.
     *
     * @throws app.rune.store.DamagedDataFileException when the data file is damaged (it cannot be read whole)
     */
    public Optional<Path> beforeChange() throws IOException {
        DataSet data = exporter.exportAll();
        if (data.size() == 0) {
            return Optional.empty();
        }
        return Optional.of(write(unused("rune-" + now(zone()).format(STAMP)), data));
    }

    /** A backup to a file of the person's choosing (not pruned, not listed). */
    public Path to(Path file) throws IOException {
        exporter.writeTo(file);
        return file;
    }

    /** {@code stem}.json in the folder, or with {@code -2}, {@code -3}… when taken: a backup never replaces one. */
    private Path unused(String stem) throws IOException {
        Path file = folder().resolve(stem + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + ".json");
        }
        return file;
    }

    /** The backups in the folder, newest first. */
    public List<BackupFile> list() throws IOException {
        return in(folder);
    }

    /** The backups in {@code folder}, newest first; works without an open data file (a damaged one, say). */
    public static List<BackupFile> in(Path folder) throws IOException {
        List<BackupFile> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "rune-*.json")) {
            for (Path file : files) {
                BackupFile.parse(file).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(BackupFile::taken).thenComparing(BackupFile::sequence).reversed());
        return found;
    }

    public Optional<BackupFile> newest() throws IOException {
        return list().stream().findFirst();
    }

    /** The zone backup names are written in: the folder's (see UserZone#shared), asked for each time. */
    public ZoneId zone() {
        return zone.get();
    }

    /** The date and time now in {@code zone}, from the instant (so any clock's zone is beside the point). */
    private LocalDateTime now(ZoneId in) {
        return LocalDateTime.ofInstant(clock.instant(), in);
    }

    public Path folderPath() {
        return folder;
    }

    private Path write(Path file, DataSet data) throws IOException {
        exporter.write(data, file);
        missed = null;
        prune();
        return file;
    }

    /**
     * Removes what backups a killed Rune never finished left (the temporary files {@link AtomicFileWriter} renames
     * at the end, up to a whole backup's size each), once they are clearly not being written: a backup takes
     * seconds, and only one Rune at a time writes in a data folder.
     */
    private void removeUnfinished() {
        Instant before = clock.instant().minus(UNFINISHED_AFTER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".rune-*.part")) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove unfinished backups in " + folder, e);
        }
    }

    private void prune() throws IOException {
        removeUnfinished();
        for (BackupFile old : BackupRetention.toDelete(list(), now(zone()).toLocalDate(), BackupContent::measure)) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                // An old backup left behind costs only disk space; the new one is written.
                LOG.log(Level.WARNING, "Could not delete the old backup " + old.file(), e);
            }
        }
    }

    private Path folder() throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
            // Said in words: the system's own would be "already exists".
            throw new FileSystemException(folder.toString(), null,
                    "a file has the backups folder\u2019s name; move it away (or rename it), then try again");
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the folder inherits the data folder's access rules.
            }
        }
        return folder;
    }
}
