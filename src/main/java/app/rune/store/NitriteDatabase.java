package app.rune.store;

import static org.dizitart.no2.filters.FluentFilter.where;

import app.rune.model.Collection;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dizitart.no2.Nitrite;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.collection.NitriteCollection;
import org.dizitart.no2.common.DBValue;
import org.dizitart.no2.common.mapper.NitriteMapper;
import org.dizitart.no2.common.util.IndexUtils;
import org.dizitart.no2.exceptions.NitriteException;
import org.dizitart.no2.index.IndexDescriptor;
import org.dizitart.no2.index.IndexOptions;
import org.dizitart.no2.index.IndexType;
import org.dizitart.no2.mapper.jackson.JacksonMapperModule;
import org.dizitart.no2.mvstore.MVStoreModule;
import org.dizitart.no2.store.NitriteMap;
import org.h2.mvstore.MVStoreTool;

/**
 * One open Nitrite file with Rune's five collections and their indexes. Used only on the {@link DatabaseThread}.
 *
 * <p>Auto-commit is off: a write becomes durable only at {@link #commit()}, which Rune calls once per logical
 * write, so a half-done change is never written by a background flush.
 */
final class NitriteDatabase implements AutoCloseable {
    private static final Logger LOG = System.getLogger(NitriteDatabase.class.getName());

    /**
     * Nitrite reads "a.b" as a path into nested documents; obstacle names and task ids are free text that may
     * hold a dot, so paths use a character no one types instead.
     */
    private static final String FIELD_SEPARATOR = "\u001F";

    private final Path file;
    private final Nitrite nitrite;
    private boolean changedSinceOpen;
    private Path repairedFrom;
    private boolean failed;
    /**
     * Counts each collection's changes made through this object (puts and removals): what was read from it at
     * one count still holds at the same count. After the file is opened (and brought to the current schema),
     * every write goes through here; imports and restores write a new file, opened as a new object.
     */
    private final Map<Collection, Long> changes = new EnumMap<>(Collection.class);

    private NitriteDatabase(Path file, Nitrite nitrite) {
        this.file = file;
        this.nitrite = nitrite;
    }

    /**
     * Opens {@code file}, creating it if it does not exist, and brings an older layout up to {@code schema}
     * after copying the file into {@code backups}.
     *
     * @throws DamagedDataFileException when an existing file will not open; it is left as it was
     * @throws NewerDataFileException when the file's schema is newer than this Rune's
     */
    static NitriteDatabase open(Path file, Schema schema, Path backups) {
        boolean existed = Files.exists(file);
        if (existed && (!Files.isReadable(file) || !Files.isWritable(file))) {
            throw new StoreException("Rune is not allowed to " + (Files.isReadable(file) ? "write" : "read")
                    + " its data file " + file + ". Check who owns it and its permissions; it has not been "
                    + "changed.");
        }
        Path back = sibling(file, ".back");
        boolean hadBack = Files.exists(back);
        NitriteDatabase database = new NitriteDatabase(file, openNitrite(file, existed));
        if (existed && !hadBack && Files.exists(back)) {
            database.repairedFrom = keepRepaired(back, file);
        }
        try {
            // Files from before the version was recorded have the first layout.
            int version = database.recordedVersion().orElse(existed ? 1 : schema.current());
            if (version > schema.current()) {
                database.nitrite.close();
                throw new NewerDataFileException(file, version, schema.current());
            }
            if (version < schema.current()) {
                database.nitrite.close();
                keepCopy(file, backups, version);
                database = new NitriteDatabase(file, openNitrite(file, true));
                database.migrate(schema, version);
            }
            database.ensureIndexes();
            if (database.recordedVersion().isEmpty()) {
                database.recordVersion(schema.current());
                database.commit();
            }
            DataFolder.restrictToOwner(file);
        } catch (StoreException e) {
            closeQuietly(database);
            throw e;
        } catch (RuntimeException | IOException e) {
            closeQuietly(database);
            throw new StoreException("The data file " + file + " cannot be prepared: " + rootMessage(e), e);
        }
        return database;
    }

    private static Nitrite openNitrite(Path file, boolean existed) {
        try {
            // A compaction cut short by a kill leaves a temporary file; this finishes or discards it.
            MVStoreTool.compactCleanUp(file.toString());
            MVStoreModule storage = MVStoreModule.withConfig()
                    .filePath(file.toFile())
                    .autoCommit(false)
                    .compress(true)
                    .build();
            return Nitrite.builder()
                    .fieldSeparator(FIELD_SEPARATOR)
                    .loadModule(storage)
                    .loadModule(new JacksonMapperModule())
                    .openOrCreate();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Cannot open " + file, e);
            discardRepairScratch(file);
            if (existed) {
                throw new DamagedDataFileException(file, rootMessage(e), e);
            }
            throw new StoreException("Rune cannot create its data file " + file + ": " + rootMessage(e), e);
        }
    }

    /**
     * Nitrite, finding a damaged file, tries to go back to the newest version of it that reads; when that
     * works it keeps the damaged file as {@code rune.db.back}. Rune gives it a name that says what it is (and
     * that a later repair cannot overwrite) and tells the person, since the latest changes may be missing.
     */
    private static Path keepRepaired(Path back, Path file) {
        Path kept = KeptFileNames.damaged(file);
        try {
            Files.move(back, kept);
            LOG.log(Level.WARNING, file + " was damaged and went back to its newest readable version; the damaged "
                    + "file is kept as " + kept);
            return kept;
        } catch (IOException e) {
            LOG.log(Level.WARNING, file + " was damaged and repaired; the damaged file is kept as " + back, e);
            return back;
        }
    }

    /** A repair that failed leaves its empty scratch file behind; it holds nothing of the person's. */
    private static void discardRepairScratch(Path file) {
        Path scratch = sibling(file, ".temp");
        try {
            if (Files.exists(scratch) && Files.size(scratch) == 0) {
                Files.delete(scratch);
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Could not delete " + scratch, e);
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Where the damaged original went when Nitrite repaired the file on opening; null when it did not. */
    Path repairedFrom() {
        return repairedFrom;
    }

    /** The whole file, before any step changes it, beside the backups: a migration gone wrong can be undone by hand. */
    private static void keepCopy(Path file, Path backups, int version) {
        if (backups == null) {
            return;
        }
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

    private void migrate(Schema schema, int from) {
        for (Schema.Step step : schema.steps().subList(from - 1, schema.current() - 1)) {
            LOG.log(Level.INFO, "Updating " + file + " from schema " + step.from() + ": " + step.description());
            step.apply().accept(this);
            recordVersion(step.from() + 1);
            commit();
        }
    }

    private static final String META_MAP = "rune_meta";
    private static final String SCHEMA_KEY = "schema_version";

    /** Kept in a map of its own beside the collections: it is not one of the person's documents. */
    Optional<Integer> recordedVersion() {
        Object value = nitrite.getStore().openMap(META_MAP, String.class, Integer.class).get(SCHEMA_KEY);
        return value instanceof Number n ? Optional.of(n.intValue()) : Optional.empty();
    }

    void recordVersion(int version) {
        nitrite.getStore().<String, Integer>openMap(META_MAP, String.class, Integer.class).put(SCHEMA_KEY, version);
    }

    private static void closeQuietly(NitriteDatabase database) {
        try {
            if (!database.nitrite.isClosed()) {
                database.nitrite.close();
            }
        } catch (RuntimeException ignored) {
            // Already failing; the first problem is the one to report.
        }
    }

    private void ensureIndexes() {
        boolean created = false;
        for (Collection kind : Collection.values()) {
            NitriteCollection collection = collection(kind);
            if (!collection.hasIndex(DocumentCodec.KEY)) {
                collection.createIndex(IndexOptions.indexOptions(IndexType.UNIQUE), DocumentCodec.KEY);
                created = true;
            }
        }
        NitriteCollection progress = collection(Collection.DAILY_PROGRESS);
        if (!progress.hasIndex(DocumentCodec.DAY_KEY)) {
            // One document per user and day, and the index every screen's date-range read uses.
            progress.createIndex(IndexOptions.indexOptions(IndexType.UNIQUE), DocumentCodec.DAY_KEY);
            created = true;
        }
        if (created) {
            commit();
        }
    }

    /**
     * Walks over the day index's own map (day key to Nitrite ids). Nitrite's single-field index keeps one map
     * per index, named after it, with each key wrapped in a {@link DBValue}.
     */
    DayIndex dayIndex() {
        if (dayIndex == null) {
            dayIndex = openDayIndex();
        }
        return dayIndex;
    }

    /** Looked up once per open file: ranges are read several times a tick. */
    private DayIndex dayIndex;

    private DayIndex openDayIndex() {
        IndexDescriptor descriptor = collection(Collection.DAILY_PROGRESS).listIndices().stream()
                .filter(index -> index.getFields().getFieldNames().equals(List.of(DocumentCodec.DAY_KEY)))
                .findFirst().orElseThrow(() -> new StoreException("The data file has no index of days."));
        NitriteMap<DBValue, List<?>> keys = nitrite.getStore().openMap(IndexUtils.deriveIndexMapName(descriptor),
                DBValue.class, CopyOnWriteArrayList.class);
        return new DayIndex(keys);
    }

    NitriteCollection collection(Collection kind) {
        return nitrite.getCollection(kind.collectionName());
    }

    NitriteMapper mapper() {
        return nitrite.getConfig().nitriteMapper();
    }

    Document findByKey(Collection kind, String key) {
        return collection(kind).find(where(DocumentCodec.KEY).eq(key)).firstOrNull();
    }

    /**
     * Puts {@code document} in place of the one with the same key, or adds it. Nitrite's update merges fields
     * (it would keep fields the new version dropped), so the old document is removed and the new one inserted;
     * if the insert is refused, the old one goes back before anything is committed.
     */
    void replace(Collection kind, Document document) {
        changes.merge(kind, 1L, Long::sum);
        NitriteCollection collection = collection(kind);
        Document existing = findByKey(kind, DocumentCodec.keyOf(document));
        if (existing != null) {
            collection.remove(existing);
        }
        try {
            collection.insert(document);
        } catch (NitriteException e) {
            if (existing != null) {
                existing.remove("_id");
                collection.insert(existing);
            }
            throw e;
        }
    }

    boolean removeByKey(Collection kind, String key) {
        changes.merge(kind, 1L, Long::sum);
        return collection(kind).remove(where(DocumentCodec.KEY).eq(key)).getAffectedCount() > 0;
    }

    /** Makes everything written so far durable: committed by MVStore, then flushed to the disk. */
    void commit() {
        try {
            nitrite.commit();
        } catch (RuntimeException e) {
            // MVStore closes itself when a write fails; the file keeps its last committed state.
            failed = true;
            LOG.log(Level.ERROR, "Cannot write " + file, e);
            throw new StoreException("Rune could not save to its data file " + file + ": " + rootMessage(e)
                    + ". This change is not saved; everything saved before is kept.", e);
        }
        changedSinceOpen = true;
        flushToDisk(file);
    }

    /** How many changes this object has made to {@code kind} so far (see {@link #changes}). */
    long changes(Collection kind) {
        return changes.getOrDefault(kind, 0L);
    }

    /** A write failed and the store closed itself: it must be opened again before the next change. */
    boolean failed() {
        return failed || nitrite.isClosed();
    }

    /** Closes the file; shrinks it first when this session wrote to it (MVStore never shrinks on its own). */
    @Override
    public void close() {
        if (!nitrite.isClosed() && nitrite.getStore().hasUnsavedChanges()) {
            // Figures stored to go with the next commit: closing is that commit.
            commit();
        }
        nitrite.close();
        if (changedSinceOpen) {
            compact(file);
        }
    }

    /** Closes without compacting: for a file that was just written whole and holds no old versions. */
    void closeWithoutCompacting() {
        nitrite.close();
    }

    static void compact(Path file) {
        try {
            MVStoreTool.compact(file.toString(), true);
            DataFolder.restrictToOwner(file);
        } catch (RuntimeException | IOException e) {
            // A file that is not compacted is still whole; it is only larger than it needs to be.
            LOG.log(Level.WARNING, "Compacting " + file + " failed", e);
        }
    }

    /**
     * MVStore's commit writes but does not fsync. A separate channel can still force the file's pages out,
     * since the flush applies to the file, not to the descriptor that wrote them.
     */
    static void flushToDisk(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not flush " + file + " to disk", e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("There is not enough space on the disk")) {
                return "the disk is full; free some space and try again";
            }
        }
        return message;
    }
}
