package app.rune.store;

import app.rune.data.FileProblems;
import app.rune.data.StoreException;
import app.rune.model.Collection;
import app.rune.model.DataSet;
import app.rune.model.StoredDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.collection.NitriteCollection;

/**
 * A whole new data file written beside the live one for an import or a restore, which then replaces the live
 * file in one atomic rename. Written in batches with a commit after each, so a large import does not hold every
 * document's uncommitted pages in memory at once; nothing reads the file until it is complete and flushed.
 */
final class StagedFile {
    private static final Logger LOG = System.getLogger(StagedFile.class.getName());
    /** Documents per commit while the file is filled. */
    static final int BATCH = 256;

    private StagedFile() {
    }

    /**
     * Writes {@code content} to {@code staged}, counting its commits on from {@code commits}: a file swapped in
     * never counts fewer commits than the one it replaces, so the commit record still holds for it.
     */
    static void write(Path staged, DataSet content, String change, Schema schema, long commits, ObjectMapper json) {
        LiveFile.deleteQuietly(staged);
        NitriteDatabase fresh = null;
        try {
            fresh = DataFileOpener.create(staged, schema, commits);
            DocumentCodec codec = new DocumentCodec(json, fresh.mapper());
            for (Collection kind : Collection.values()) {
                insertAll(fresh, kind, content.of(kind), codec);
            }
            fresh.closeWithoutCompacting();
            DiskFlush.file(staged);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            if (fresh != null) {
                fresh.discard();
            }
            LiveFile.deleteQuietly(staged);
            LOG.log(Level.ERROR, "Could not write the " + change + " to " + staged, e);
            throw new StoreException("The " + change + " could not be written; nothing was changed ("
                    + FileProblems.describe(e, staged) + ").", e);
        }
    }

    private static void insertAll(NitriteDatabase target, Collection kind, List<? extends StoredDocument> documents,
            DocumentCodec codec) {
        NitriteCollection collection = target.collection(kind);
        for (int from = 0; from < documents.size(); from += BATCH) {
            List<? extends StoredDocument> batch = documents.subList(from, Math.min(documents.size(), from + BATCH));
            collection.insert(batch.stream().map(codec::toDocument).toArray(Document[]::new));
            target.commit();
        }
    }

    /** Removes a staged file, litter of an import cut short: it never replaced the live file. */
    static void discard(Path staged) {
        if (Files.exists(staged)) {
            LOG.log(Level.INFO, "Removing " + staged + " left by an interrupted import or restore");
            LiveFile.deleteQuietly(staged);
        }
    }
}
