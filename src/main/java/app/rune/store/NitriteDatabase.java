package app.rune.store;

import static org.dizitart.no2.filters.FluentFilter.where;

import app.rune.model.Collection;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dizitart.no2.Nitrite;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.collection.NitriteCollection;
import org.dizitart.no2.common.mapper.NitriteMapper;
import org.dizitart.no2.exceptions.NitriteException;
import org.dizitart.no2.index.IndexOptions;
import org.dizitart.no2.index.IndexType;
import org.dizitart.no2.mapper.jackson.JacksonMapperModule;
import org.dizitart.no2.mvstore.MVStoreModule;
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

    private NitriteDatabase(Path file, Nitrite nitrite) {
        this.file = file;
        this.nitrite = nitrite;
    }

    static NitriteDatabase open(Path file) {
        boolean existed = Files.exists(file);
        Nitrite nitrite;
        try {
            // A compaction cut short by a kill leaves a temporary file; this finishes or discards it.
            MVStoreTool.compactCleanUp(file.toString());
            MVStoreModule storage = MVStoreModule.withConfig()
                    .filePath(file.toFile())
                    .autoCommit(false)
                    .compress(true)
                    .build();
            nitrite = Nitrite.builder()
                    .fieldSeparator(FIELD_SEPARATOR)
                    .loadModule(storage)
                    .loadModule(new JacksonMapperModule())
                    .openOrCreate();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Cannot open " + file, e);
            throw new StoreException(existed
                    ? "The data file " + file + " cannot be opened; it may be damaged. It has not been changed. "
                            + "Restore it from a backup, or move it away to start afresh. (" + rootMessage(e) + ")"
                    : "Rune cannot create its data file " + file + ": " + rootMessage(e), e);
        }
        NitriteDatabase database = new NitriteDatabase(file, nitrite);
        try {
            database.ensureIndexes();
            DataFolder.restrictToOwner(file);
        } catch (RuntimeException | IOException e) {
            nitrite.close();
            throw new StoreException("The data file " + file + " cannot be prepared: " + rootMessage(e), e);
        }
        return database;
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
        if (!progress.hasIndex("user_id", "date")) {
            // One document per user and day, and the index every screen's date-range read uses.
            progress.createIndex(IndexOptions.indexOptions(IndexType.UNIQUE), "user_id", "date");
            created = true;
        }
        if (created) {
            commit();
        }
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
        return collection(kind).remove(where(DocumentCodec.KEY).eq(key)).getAffectedCount() > 0;
    }

    /** Makes everything written so far durable: committed by MVStore, then flushed to the disk. */
    void commit() {
        nitrite.commit();
        changedSinceOpen = true;
        flushToDisk(file);
    }

    /** Closes the file; shrinks it first when this session wrote to it (MVStore never shrinks on its own). */
    @Override
    public void close() {
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
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
