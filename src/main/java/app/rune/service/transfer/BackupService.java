package app.rune.service.transfer;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Backups of everything, in the JSON export format, in the data folder's {@code backups/}: one a day when Rune
 * opens ({@code rune-YYYY-MM-DD.json}), and more on demand, before a restore and after an import
 * ({@code rune-YYYY-MM-DD-HHMMSS.json}). Each is written through a temporary file and renamed, so a crash never
 * leaves half a backup. Old ones are pruned by {@link BackupRetention}; files of any other name are never
 * touched.
 */
public final class BackupService {
    private static final Logger LOG = System.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final ExportService exporter;
    private final Path folder;
    private final Clock clock;

    public BackupService(ExportService exporter, Path folder, Clock clock) {
        this.exporter = exporter;
        this.folder = folder;
        this.clock = clock;
    }

    /** Today's backup, unless there is one already; then prunes. Returns the file written, if any. */
    public Optional<Path> daily() throws IOException {
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream().anyMatch(b -> b.taken().toLocalDate().equals(today) && b.daily());
        if (done) {
            return Optional.empty();
        }
        return Optional.of(write(folder().resolve(BackupFile.dailyName(today))));
    }

    /** A backup now, whatever was made today already (on demand, before a restore, after an import). */
    public Path now() throws IOException {
        // Two in one second (a backup just before a restore, say) must not overwrite each other.
        String stamp = "rune-" + LocalDateTime.now(clock).format(STAMP);
        Path file = folder().resolve(stamp + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stamp + "-" + n + ".json");
        }
        return write(file);
    }

    /** A backup to a file of the person's choosing (not pruned, not listed). */
    public Path to(Path file) throws IOException {
        exporter.writeTo(file);
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

    public Path folderPath() {
        return folder;
    }

    private Path write(Path file) throws IOException {
        exporter.writeTo(file);
        prune();
        return file;
    }

    private void prune() throws IOException {
        for (BackupFile old : BackupRetention.toDelete(list(), LocalDate.now(clock))) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                // An old backup left behind costs only disk space; the new one is written.
                LOG.log(Level.WARNING, "Could not delete the old backup " + old.file(), e);
            }
        }
    }

    private Path folder() throws IOException {
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
