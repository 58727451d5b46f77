package app.rune.store;

import static org.dizitart.no2.filters.FluentFilter.where;

import app.rune.data.FileProblems;
import app.rune.data.StoreException;
import app.rune.model.Collection;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
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
import org.dizitart.no2.store.NitriteMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;

/**
 * One open Nitrite file with Rune's collections and indexes, used on the {@link DatabaseThread} only.
 *
 * <p>Auto-commit is off: a write becomes durable only at {@link #commit()}. Between {@link #beginBatch()} and
 * {@link #endBatch()} the commits of the single writes are held back and made once at the end, so one person's
 * action is one commit: all of it on disk, or none. Each commit is counted in the file and in its
 * {@link CommitRecord}, so that a later open can tell the file went back to an earlier state.
 */
final class NitriteDatabase implements AutoCloseable {
    private static final Logger LOG = System.getLogger(NitriteDatabase.class.getName());

    private final Path file;
    private final Nitrite nitrite;
    private final CommitRecord record;
    private final NitriteMap<String, Object> meta;
    private long commits;
    private boolean changedSinceOpen;
    private boolean failed;
    private boolean closed;
    private int batchDepth;
    private boolean commitHeldBack;
    /** Whether every page of the file has been read since it was opened (see {@link #verifyBeforeFirstWrite}). */
    private boolean verified;
    /** When the file, measured against its size when opened, has grown enough to be compacted. */
    private final CompactionPoint compactionPoint;
    /**
     * Counts each collection's changes made through this object (puts and removals): what was read from it at
     * one count still holds at the same count. After the file is opened (and brought to the current schema),
     * every write goes through here; imports, restores and a change undone open the file as a new object.
     */
    private final Map<Collection, Long> changes = new EnumMap<>(Collection.class);

    /**
     * @param record where each commit is recorded; null for a file being written whole (an import's)
     * @param commits the count of commits to continue from
     */
    NitriteDatabase(Path file, Nitrite nitrite, CommitRecord record, long commits) {
        this.file = file;
        this.nitrite = nitrite;
        this.record = record;
        this.meta = nitrite.getStore().openMap(DataFileCheck.META_MAP, String.class, Object.class);
        this.commits = commits;
        this.compactionPoint = new CompactionPoint(file);
    }

    /** Whether old versions (MVStore never reuses them while open) grew the file enough to compact it now. */
    boolean grownPastCompaction() {
        return readyToCompact() && compactionPoint.passed();
    }

    /** A quarter past that point: changes written back to back leave no idle moment, so it must not wait for one. */
    boolean grownFarPastCompaction() {
        return readyToCompact() && compactionPoint.farPassed();
    }

    private boolean readyToCompact() {
        return !closed && !failed() && batchDepth == 0 && changedSinceOpen && verified;
    }

    Path file() {
        return file;
    }

    /** The MVStore beneath: for tests that make sure it can be reached (see {@link MVStoreAccess}). */
    MVStore mvStore() {
        return MVStoreAccess.of(nitrite);
    }

    /** How many commits this file has had, as it counts them itself. */
    long commits() {
        return commits;
    }

    /** The count the file itself holds (what {@link DataFileCheck} read before it was opened). */
    long commitsInFile() {
        return meta.get(DataFileCheck.COMMITS_KEY) instanceof Number n ? n.longValue() : 0;
    }

    /** The layout's version the file records; empty for files from before it was recorded. */
    Optional<Integer> recordedVersion() {
        Object value = meta.get(DataFileCheck.SCHEMA_KEY);
        return value instanceof Number n ? Optional.of(n.intValue()) : Optional.empty();
    }

    void recordVersion(int version) {
        meta.put(DataFileCheck.SCHEMA_KEY, version);
    }

    void migrate(Schema schema, int from) {
        for (Schema.Step step : schema.steps().subList(from - 1, schema.current() - 1)) {
            LOG.log(Level.INFO, "Updating " + file + " from schema " + step.from() + ": " + step.description());
            step.apply().accept(this);
            recordVersion(step.from() + 1);
            commit();
        }
    }

    void ensureIndexes() {
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
        if (existing != null && InPlaceWrite.keepsItsIndexEntries(collection, existing, document)) {
            InPlaceWrite.put(nitrite, kind, existing, document);
            return;
        }
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

    /** How many changes this object has made to {@code kind} so far (see {@link #changes}). */
    long changes(Collection kind) {
        return changes.getOrDefault(kind, 0L);
    }

    /**
     * Makes everything written so far durable, counted and recorded; inside a batch, at the batch's end instead.
     */
    void commit() {
        if (batchDepth > 0) {
            commitHeldBack = true;
            return;
        }
        commitNow();
    }

    private void commitNow() {
        verifyBeforeFirstWrite();
        meta.put(DataFileCheck.COMMITS_KEY, commits + 1);
        store();
        commits++;
        changedSinceOpen = true;
        if (record != null) {
            try {
                record.write(commits);
            } catch (IOException e) {
                // The change is safe in the file; the record only lags, which a later check allows.
                LOG.log(Level.WARNING, "Could not record commit " + commits + " beside " + file, e);
            }
        }
    }

    /** The store header's mark of a file closed cleanly; MVStore drops it from the header at the first store. */
    private static final String CLEAN_SHUTDOWN = "clean";

    /**
     * After MVStore opened a file that was not closed cleanly (a kill, a crash, a power cut), stores once, so that
     * what its recovery found reaches the file before anything can mark the file closed cleanly.
     *
     * <p>Why: recovery falls back to the newest chunk it can read whole, and a dead chunk that chunk's layout still
     * lists, overwritten by the write the kill cut short, is dropped only in memory: the layout on disk keeps
     * listing it until the next store. A session that then only reads closes without a store (Nitrite's close
     * stores only what changed), and MVStore's close marks the file clean all the same. The next open trusts that mark, checks the chunks the layout lists,
     * finds that one gone and falls back to a far older chunk (often the first): {@link DataFileCheck} refuses
     * the file as gone back ("version 19 of 39"), though its newest version is whole on disk, and without the check
     * MVStore would open that old version and write over the rest. One store drops those chunks from the layout.
     * It rewrites the count the file already holds: nothing is changed, and no commit is counted.
     */
    void storeRecoveredLayout() {
        if (changedSinceOpen || MVStoreAccess.of(nitrite).getStoreHeader().containsKey(CLEAN_SHUTDOWN)) {
            return;
        }
        // As before any write: a file damaged deeper in is refused, not written to.
        verifyBeforeFirstWrite();
        meta.put(DataFileCheck.COMMITS_KEY, commits);
        store();
    }

    /** Has MVStore write what is pending and flushes it to the disk. */
    private void store() {
        try {
            nitrite.commit();
        } catch (RuntimeException e) {
            // MVStore closes itself when a write fails; the file keeps its last committed state.
            failed = true;
            LOG.log(Level.ERROR, "Cannot write " + file, e);
            throw new StoreException("Rune could not save to its data file " + file + ": " + FileProblems.describe(e, file)
                    + ". This change is not saved; everything saved before is kept.", e);
        }
        try {
            // On MVStore's own channel: closing another one on the file would drop MVStore's (POSIX) lock on it.
            MVStoreAccess.of(nitrite).sync();
        } catch (RuntimeException e) {
            // The system may drop pages it could not write: the change is not known to be on the disk. The session
            // stops (let go without another write, opened again as the disk has it); the change is not reported saved.
            failed = true;
            LOG.log(Level.ERROR, "Cannot flush " + file + " to disk", e);
            throw new StoreException("The disk reported an error while Rune saved this change to " + file
                    + ", so it may not be kept; everything saved before is kept. Check the disk (its space and"
                    + " health), then look at this change again.", e);
        }
    }

    /**
     * Reads every page of every map, once per open file, before Rune first writes to it. A page overwritten deep
     * in the file is otherwise found only when something reads it: a session that only ticks would write to a
     * damaged file. (The check before opening reads only the tops of the collections, so that opening and the
     * first screen stay quick; this costs about what one backup's read does, once, before the first change.)
     */
    void verifyBeforeFirstWrite() {
        if (verified) {
            return;
        }
        MVStore store = MVStoreAccess.of(nitrite);
        for (String name : store.getMapNames()) {
            readEveryPage(store.openMap(name).getRootPage());
        }
        verified = true;
    }

    /** Marks a file written whole just now, which need not be read back before it is written to. */
    void knownWhole() {
        verified = true;
    }

    private static void readEveryPage(Page<?, ?> page) {
        if (page.isLeaf()) {
            return;
        }
        for (int i = 0; i < page.getRawChildPageCount(); i++) {
            readEveryPage(page.getChildPage(i));
        }
    }

    /** From here to {@link #endBatch()}, the writes are one commit. Batches may nest; the outermost one commits. */
    void beginBatch() {
        batchDepth++;
    }

    /** Ends a batch: the outermost one makes its held-back commit now. */
    void endBatch() {
        if (--batchDepth == 0 && commitHeldBack) {
            commitHeldBack = false;
            commitNow();
        }
    }

    /**
     * Ends the outermost batch without committing: whatever it wrote is let go with the open file (which writes
     * nothing more), and {@link #failed()} asks for the file to be opened again as the disk has it.
     */
    void abortBatch() {
        batchDepth = 0;
        commitHeldBack = false;
        if (!nitrite.isClosed() && nitrite.getStore().hasUnsavedChanges()) {
            discard();
        }
    }

    /** Lets the file go without writing another byte: after a failure, or when it was found damaged. */
    void discard() {
        failed = true;
        closed = true;
        MVStoreAccess.closeWithoutWriting(nitrite);
    }

    /** A write failed or a change was undone: the file must be opened again before the next change. */
    boolean failed() {
        return failed || nitrite.isClosed();
    }

    /** Closes the file; shrinks it first when this session wrote to it (MVStore never shrinks on its own). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (failed() || batchDepth > 0) {
            discard();
            return;
        }
        if (nitrite.getStore().hasUnsavedChanges()) {
            // Figures stored to go with the next commit: closing is that commit.
            commitNow();
        }
        closed = true;
        try {
            nitrite.close();
        } catch (RuntimeException e) {
            // Every commit was flushed as it was made (see store()): only the clean-close mark, say, is missing, and
            // the file opens as after a crash. Nothing saved is lost, so nothing saved is reported failed.
            LOG.log(Level.WARNING, "Could not close " + file + " cleanly; everything committed is on the disk", e);
            MVStoreAccess.closeWithoutWriting(nitrite);
            return;
        }
        if (changedSinceOpen) {
            CompactedCopy.replace(file);
        }
    }

    /** Closes without compacting: for a file that was just written whole and holds no old versions. */
    void closeWithoutCompacting() {
        closed = true;
        nitrite.close();
    }
}
