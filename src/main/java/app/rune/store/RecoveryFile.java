package app.rune.store;

import app.rune.model.Collection;
import app.rune.model.DataSet;
import app.rune.model.StoredDocument;
import app.rune.model.validation.DocumentValidator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dizitart.no2.collection.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;

/**
 * What can still be read from a damaged data file, saved beside it as {@code rune.db.recovered-….json} in the
 * export format, so the person can look at it or restore it ({@code rune restore FILE}). The damaged file is only
 * read, never written: the newest version MVStore can open, every page of each collection that still reads (a
 * page that does not is skipped with the documents in it), and of those only documents an import would accept.
 */
final class RecoveryFile {
    private static final Logger LOG = System.getLogger(RecoveryFile.class.getName());
    private static final String PREFIX = ".recovered-";

    /** The file and how many documents it holds. */
    record Saved(Path file, int documents) {
    }

    private RecoveryFile() {
    }

    /**
     * Saves what can be read from {@code damaged}; a recovery file made since the damaged file last changed is
     * reused rather than made again. Never fails: a recovery that cannot be made is logged and left out.
     */
    static Optional<Saved> save(Path damaged, ObjectMapper json) {
        try {
            Optional<Saved> made = existing(damaged, json);
            if (made.isPresent()) {
                return made;
            }
            DataSet readable = read(damaged, json);
            if (readable.size() == 0) {
                return Optional.empty();
            }
            Path file = KeptFileNames.recovered(damaged);
            write(file, readable, json);
            LOG.log(Level.WARNING, "Saved what could be read from the damaged " + damaged + " (" + readable.size()
                    + " documents) to " + file);
            return Optional.of(new Saved(file, readable.size()));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.WARNING, "Could not save what can be read from " + damaged, e);
            return Optional.empty();
        }
    }

    /** The documents of each collection that still read and would pass an import's checks. */
    static DataSet read(Path damaged, ObjectMapper json) {
        MVStore store = openReadOnly(damaged);
        if (store == null) {
            return DataSet.empty();
        }
        Map<Collection, List<Object>> found = new EnumMap<>(Collection.class);
        try {
            for (Collection kind : Collection.values()) {
                List<Object> values = new ArrayList<>();
                try {
                    if (store.hasMap(kind.collectionName())) {
                        walk(store.openMap(kind.collectionName()).getRootPage(), values);
                    }
                } catch (RuntimeException unreadable) {
                    LOG.log(Level.DEBUG, "The top of " + kind.collectionName() + " cannot be read", unreadable);
                }
                found.put(kind, values);
            }
        } finally {
            store.closeImmediately();
        }
        DocumentCodec codec = new DocumentCodec(json, null);
        DocumentValidator validator = new DocumentValidator();
        Map<Collection, List<StoredDocument>> readable = new EnumMap<>(Collection.class);
        found.forEach((kind, values) -> readable.put(kind, decode(values, kind, codec, validator)));
        return DataSet.of(readable);
    }

    /** Read-only, as it is; failing that, in MVStore's recovery mode, which skips some errors. */
    private static MVStore openReadOnly(Path damaged) {
        try {
            return new MVStore.Builder().fileName(damaged.toString()).readOnly().open();
        } catch (RuntimeException first) {
            try {
                return new MVStore.Builder().fileName(damaged.toString()).readOnly().recoveryMode().open();
            } catch (RuntimeException second) {
                LOG.log(Level.DEBUG, "Nothing can be read from " + damaged, second);
                return null;
            }
        }
    }

    /** Every value under {@code page}; a child page that does not read is skipped, with what lies below it. */
    private static void walk(Page<Object, Object> page, List<Object> values) {
        if (page.isLeaf()) {
            for (int i = 0; i < page.getKeyCount(); i++) {
                values.add(page.getValue(i));
            }
            return;
        }
        for (int i = 0; i < page.getRawChildPageCount(); i++) {
            try {
                walk(page.getChildPage(i), values);
            } catch (RuntimeException unreadable) {
                LOG.log(Level.DEBUG, "Skipped a page that cannot be read", unreadable);
            }
        }
    }

    /** The documents among {@code values} that decode and pass import's checks, the first of each _id. */
    private static List<StoredDocument> decode(List<Object> values, Collection kind, DocumentCodec codec,
            DocumentValidator validator) {
        List<StoredDocument> documents = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object value : values) {
            if (!(value instanceof Document document)) {
                continue;
            }
            try {
                StoredDocument model = codec.fromDocument(document, kind.documentType());
                if (validator.validate(model, "").isEmpty() && ids.add(model.id())) {
                    documents.add(model);
                }
            } catch (RuntimeException unreadable) {
                LOG.log(Level.DEBUG, "Skipped a " + kind.collectionName() + " document that cannot be decoded",
                        unreadable);
            }
        }
        return documents;
    }

    /** A recovery file made after {@code damaged} last changed holds the same; it is not made twice. */
    private static Optional<Saved> existing(Path damaged, ObjectMapper json) throws IOException {
        FileTime changed = Files.getLastModifiedTime(damaged);
        String prefix = damaged.getFileName() + PREFIX;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(damaged.getParent(), prefix + "*.json")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).compareTo(changed) >= 0) {
                    DataSet held = json.readValue(file.toFile(), DataSet.class);
                    return Optional.of(new Saved(file, held.size()));
                }
            }
        }
        return Optional.empty();
    }

    private static void write(Path file, DataSet content, ObjectMapper json) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try {
            // Owner-only from the start: it holds the person's goals and moods while it is being written too.
            Files.deleteIfExists(temp);
            DataFolder.createOwnerOnly(temp);
            try (OutputStream out = Files.newOutputStream(temp)) {
                json.writeValue(out, content);
            }
            try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
