package app.rune.store;

import app.rune.data.FileProblems;
import app.rune.data.DamagedDataFileException;
import app.rune.data.DataFolderInUseException;
import app.rune.data.NewerDataFileException;
import app.rune.data.StoreException;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalLong;
import org.dizitart.no2.Nitrite;
import org.dizitart.no2.mapper.jackson.JacksonMapperModule;
import org.dizitart.no2.mvstore.MVStoreModule;
import org.h2.mvstore.MVStoreTool;

/**
 * Opens the data file for the session: checks it first ({@link DataFileCheck}, which refuses a damaged or
 * cut-short file before anything can write to it), then opens it with Nitrite, brings an older layout up to date
 * (after copying the file into {@code backups/}) and makes the indexes a new file needs.
 */
final class DataFileOpener {
    private static final Logger LOG = System.getLogger(DataFileOpener.class.getName());

    /**
     * Nitrite reads "a.b" as a path into nested documents; obstacle names and task ids are free text that may
     * hold a dot, so paths use a character no one types instead.
     */
    private static final String FIELD_SEPARATOR = "\u001F";

    /**
     * Uncommitted changes stay in memory up to this much (in KiB, as Nitrite's estimate counts them) before
     * MVStore would commit them on its own: far above what one action writes, so an action is never committed in
     * part. (Imports write a new file instead, in batches of their own.)
     */
    private static final int UNCOMMITTED_KIB = 64 * 1024;
    /**
     * MVStore's cache of pages read, in MiB of its own estimate (Nitrite's default is 16). The days a screen or a
     * tick reads stay in it; a pass over ten years of days (the figures when Rune opens, the day's backup) does not
     * fit either way, and with 16 it held some 20 MB of the heap for nothing. 4 took the app's peak resident memory
     * on ten years of three goals from about 265 to 246 MB, the ticks no slower; a goal's own figures on the Analytics
     * screen (a pass over the file) take about 0.4 s instead of 0.3.
     */
    private static final int PAGE_CACHE_MIB = 4;
    /*
     * The live file is written uncompressed: compressing every page a commit writes was about an eighth of a
     * tick. Its compaction (when idle and on close) compresses what it copies, so the file is compressed but for
     * what was written since; MVStore reads both kinds of page. A file written whole (an import's, a restore's),
     * kept as it is written, is compressed as it is written.
     */

    private DataFileOpener() {
    }

    /**
     * Opens {@code file} for the session, creating it if it does not exist.
     *
     * @param record the record of Rune's commits to the file
     * @throws DamagedDataFileException when the file is damaged; it is left exactly as it was
     * @throws NewerDataFileException when the file's layout is newer than this Rune's
     */
    static NitriteDatabase open(Path file, Schema schema, Path backups, CommitRecord record) {
        return open(file, schema, backups, record, false);
    }

    /**
     * As {@link #open(Path, Schema, Path, CommitRecord)}; {@code knownWhole} when every page of the file was read
     * just now (it was compacted, which copies them all), so it need not be read again before it is written.
     */
    static NitriteDatabase open(Path file, Schema schema, Path backups, CommitRecord record, boolean knownWhole) {
        requirePermissions(file);
        // A compaction cut short by a kill leaves a copy; this finishes or discards it.
        MVStoreTool.compactCleanUp(file.toString());
        OptionalLong recorded = readRecord(record);
        long commits = DataFileCheck.verify(file, recorded);
        boolean existed = Files.exists(file);
        NitriteDatabase database = new NitriteDatabase(file, openNitrite(file, existed, false), record, commits);
        if (!existed || knownWhole) {
            database.knownWhole();
        }
        try {
            if (database.commitsInFile() != commits) {
                throw new DamagedDataFileException(file, "it changed while Rune was opening it", null);
            }
            prepare(database, file, schema, backups, existed);
            if (existed) {
                // After a kill, before this session can close without a change (see there).
                database.storeRecoveredLayout();
            }
            if (recorded.isEmpty() || recorded.getAsLong() < database.commits()) {
                // A new record, or one that lags (a file swapped in, a crash before the record was written):
                // from now on the file is checked against this.
                record.writeDurably(database.commits());
            }
            return database;
        } catch (StoreException e) {
            database.discard();
            throw e;
        } catch (RuntimeException | IOException e) {
            database.discard();
            Optional<String> damage = DamageSigns.of(e);
            if (damage.isPresent()) {
                throw new DamagedDataFileException(file, damage.get(), e);
            }
            LOG.log(Level.ERROR, "Cannot prepare " + file, e);
            throw new StoreException("The data file " + file + " cannot be prepared: "
                    + FileProblems.describe(e, file), e);
        }
    }

    /** A new file for an import or a restore to fill, continuing the live file's count of commits. */
    static NitriteDatabase create(Path file, Schema schema, long commits) {
        NitriteDatabase database = new NitriteDatabase(file, openNitrite(file, false, true), null, commits);
        database.knownWhole();
        try {
            database.ensureIndexes();
            database.recordVersion(schema.current());
            database.commit();
            return database;
        } catch (RuntimeException e) {
            database.discard();
            throw e;
        }
    }

    private static void prepare(NitriteDatabase database, Path file, Schema schema, Path backups, boolean existed)
            throws IOException {
        // Files from before the version was recorded have the first layout.
        int version = database.recordedVersion().orElse(existed ? 1 : schema.current());
        if (version > schema.current()) {
            throw new NewerDataFileException(file, version, schema.current());
        }
        if (version < schema.current()) {
            keepCopy(file, backups, version);
            database.migrate(schema, version);
        }
        database.ensureIndexes();
        if (database.recordedVersion().isEmpty()) {
            database.recordVersion(schema.current());
            database.commit();
        }
        DataFolder.restrictToOwner(file);
    }

    private static void requirePermissions(Path file) {
        if (Files.exists(file) && (!Files.isReadable(file) || !Files.isWritable(file))) {
            throw new StoreException("Rune is not allowed to " + (Files.isReadable(file) ? "write" : "read")
                    + " its data file " + file + ". Check who owns it and its permissions; it has not been "
                    + "changed.");
        }
    }

    private static OptionalLong readRecord(CommitRecord record) {
        try {
            return record.read();
        } catch (IOException e) {
            throw new StoreException("Rune cannot read " + record.file() + ": " + e.getMessage(), e);
        }
    }

    private static Nitrite openNitrite(Path file, boolean existed, boolean compress) {
        Path back = file.resolveSibling(file.getFileName() + ".back");
        boolean hadBack = Files.exists(back);
        Nitrite nitrite;
        try {
            MVStoreModule storage = MVStoreModule.withConfig()
                    .filePath(file.toFile())
                    .autoCommit(false)
                    .autoCommitBufferSize(UNCOMMITTED_KIB)
                    .compress(compress)
                    .cacheSize(PAGE_CACHE_MIB)
                    .build();
            nitrite = Nitrite.builder()
                    .fieldSeparator(FIELD_SEPARATOR)
                    .loadModule(storage)
                    .loadModule(new JacksonMapperModule())
                    .openOrCreate();
        } catch (RuntimeException e) {
            if (DamageSigns.lockedElsewhere(e)) {
                throw new DataFolderInUseException(file.toAbsolutePath().getParent());
            }
            LOG.log(Level.ERROR, "Cannot open " + file, e);
            putBackRepaired(back, hadBack, file);
            if (existed) {
                throw new DamagedDataFileException(file, "it cannot be read as a Rune data file", e);
            }
            throw new StoreException("Rune cannot create its data file " + file + ": "
                    + FileProblems.describe(e, file), e);
        }
        if (existed && putBackRepaired(back, hadBack, file)) {
            MVStoreAccess.closeWithoutWriting(nitrite);
            throw new DamagedDataFileException(file, "a part of it cannot be read", null);
        }
        return nitrite;
    }

    /**
     * Nitrite, failing to open a file, "repairs" it by rolling it back to an earlier version and keeps the
     * original as {@code rune.db.back}. The check before opening makes that rare; when it happens anyway, the
     * original goes back in place, byte for byte, and is treated as damaged rather than silently going back.
     */
    private static boolean putBackRepaired(Path back, boolean hadBack, Path file) {
        if (hadBack || !Files.exists(back)) {
            return false;
        }
        try {
            Files.move(back, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            DiskFlush.folder(file.getParent());
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".temp"));
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Nitrite rolled " + file + " back; its original is kept as " + back, e);
        }
        return true;
    }

    /** The whole file, before any step changes it, beside the backups: a migration gone wrong can be undone by hand. */
    private static void keepCopy(Path file, Path backups, int version) {
        try {
            Files.createDirectories(backups);
            Path copy = KeptFileNames.beforeMigration(file, backups, version);
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            LOG.log(Level.INFO, "Kept a copy of " + file + " (schema " + version + ") as " + copy);
        } catch (IOException e) {
            throw new StoreException("Rune must update the layout of its data file " + file + " but could not "
                    + "copy it to " + backups + " first, so it has not changed it. (" + e.getMessage() + ")", e);
        }
    }
}
