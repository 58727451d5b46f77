package app.rune.store;

import app.rune.data.DamagedDataFileException;
import app.rune.data.StoreException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The data file Rune works on, with the files that go with it: the record of its commits, the staged file an
 * import or restore writes, the copy a damaged one is moved aside to, the recovery file of what a damaged one
 * still holds. When {@code rune.db} is a symbolic link (to another disk, say), all of them live beside the file
 * it points to: a file is only replaced by a rename within its own folder, and the link stays a link.
 */
final class LiveFile implements AutoCloseable {
    private static final Logger LOG = System.getLogger(LiveFile.class.getName());

    private final Path path;
    private final Path backups;
    private final Schema schema;
    private final ObjectMapper json;
    private final CommitRecord record;

    private LiveFile(Path path, Path backups, Schema schema, ObjectMapper json) {
        this.path = path;
        this.backups = backups;
        this.schema = schema;
        this.json = json;
        this.record = CommitRecord.beside(path);
    }

    static LiveFile in(DataFolder folder, Schema schema, ObjectMapper json) {
        return new LiveFile(resolve(folder.databaseFile()), folder.backupsFolder(), schema, json);
    }

    /**
     * {@code file}, or the file it links to. A link to a file not made yet is followed when the folder it points
     * into is there (set up before the first start); into a folder that is not there (a disk not mounted), it is
     * refused rather than a new, empty file being made somewhere.
     */
    private static Path resolve(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return file;
        }
        try {
            return file.toRealPath();
        } catch (NoSuchFileException e) {
            Path target;
            try {
                target = file.resolveSibling(Files.readSymbolicLink(file)).normalize();
            } catch (IOException unreadable) {
                throw new StoreException("Rune cannot follow the link " + file + ": " + unreadable.getMessage(), e);
            }
            if (target.getParent() != null && Files.isDirectory(target.getParent())) {
                return target;
            }
            throw new StoreException("Rune's data file " + file + " is a link to " + target + ", which is not there "
                    + "(is a disk or a network folder missing?). Rune has not changed anything.", e);
        } catch (IOException e) {
            throw new StoreException("Rune cannot follow the link " + file + ": " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    Schema schema() {
        return schema;
    }

    /** Where an import or a restore writes the new file before it replaces this one. */
    Path staged() {
        return path.resolveSibling(path.getFileName() + ".staged");
    }

    /** Opens the file for the session (see {@link DataFileOpener#open}). */
    NitriteDatabase open() {
        return DataFileOpener.open(path, schema, backups, record);
    }

    /** Opens the file again just after it was compacted: every page of it was read whole by the compaction. */
    NitriteDatabase openCompacted() {
        return DataFileOpener.open(path, schema, backups, record, true);
    }

    /** The commits Rune last recorded for this file; 0 when there is no record. */
    long recordedCommits() {
        try {
            return record.read().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * What a failure on the database thread means for the file: one that shows it is damaged marks it so (no
     * more reads or writes), saves what can still be read, and becomes the finding the caller gets.
     */
    RuntimeException damagedBy(RuntimeException failure, Database database) {
        if (failure instanceof DamagedDataFileException) {
            return failure;
        }
        Optional<String> reason = DamageSigns.of(failure);
        if (reason.isEmpty()) {
            return failure;
        }
        LOG.log(Level.ERROR, "The data file " + path + " is damaged", failure);
        DamagedDataFileException finding = new DamagedDataFileException(path, reason.get(), failure);
        database.markDamaged(finding);
        DamagedDataFileException withRecovery = withRecovery(finding);
        database.markDamaged(withRecovery);
        return withRecovery;
    }

    /** {@code damaged}, with the recovery file of what can still be read from the file, when there is any. */
    DamagedDataFileException withRecovery(DamagedDataFileException damaged) {
        try {
            if (!Files.exists(path) || Files.size(path) == 0) {
                return damaged;
            }
        } catch (IOException e) {
            return damaged;
        }
        return RecoveryFile.save(path, json).map(saved -> damaged.withRecovery(saved.file(), saved.documents()))
                .orElse(damaged);
    }

    /**
     * Renames the damaged file to {@code rune.db.damaged-YYYY-MM-DD-HHMMSS} (it is the person's, so it stays) and
     * forgets its record, so a new file can start. Returns where it went; null if there was no file to move.
     */
    Path setAside() {
        Path aside = null;
        if (Files.exists(path)) {
            aside = KeptFileNames.damaged(path);
            try {
                Files.move(path, aside, StandardCopyOption.ATOMIC_MOVE);
                DiskFlush.folder(path.getParent());
            } catch (IOException e) {
                throw new StoreException("Rune could not move the damaged data file " + path + " aside ("
                        + e.getMessage() + "); it has not changed anything.", e);
            }
            LOG.log(Level.WARNING, "Moved the damaged data file " + path + " aside to " + aside);
        }
        try {
            record.delete();
        } catch (IOException e) {
            throw new StoreException("Rune could not remove " + record.file() + " (" + e.getMessage() + ")", e);
        }
        return aside;
    }

    /** A staged file left by an import cut short never replaced the live file; it is only litter. */
    static void discardStaged(Path live) {
        StagedFile.discard(live.resolveSibling(live.getFileName() + ".staged"));
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + file, e);
        }
    }

    @Override
    public void close() {
        record.close();
    }
}
