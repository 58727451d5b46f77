package app.rune.store;

import static org.dizitart.no2.filters.FluentFilter.where;

import app.rune.data.StoreException;
import app.rune.model.Collection;
import app.rune.model.StoredDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.collection.FindPlan;
import org.dizitart.no2.exceptions.UniqueConstraintException;
import org.dizitart.no2.filters.Filter;

/** A {@link DocumentRepository} over one Nitrite collection; all work is handed to the database thread. */
class NitriteRepository<T extends StoredDocument> implements DocumentRepository<T> {
    private final Collection kind;
    private final Class<T> type;
    private final Function<T, String> idOf;
    private final Comparator<T> order;
    final DatabaseThread thread;
    final Database database;

    NitriteRepository(Collection kind, Class<T> type, Function<T, String> idOf, Comparator<T> order,
            DatabaseThread thread, Database database) {
        this.kind = kind;
        this.type = type;
        this.idOf = idOf;
        this.order = order;
        this.thread = thread;
        this.database = database;
    }

    @Override
    public Optional<T> findById(String id) {
        return thread.call(() -> Optional.ofNullable(database.open().findByKey(kind, id)).map(this::decode));
    }

    @Override
    public List<T> findAll() {
        return thread.call(() -> {
            List<T> found = new ArrayList<>();
            for (Document document : database.open().collection(kind).find(Filter.ALL)) {
                found.add(decodeInPassing(document));
            }
            found.sort(order);
            return found;
        });
    }

    List<T> find(Filter filter) {
        return thread.call(() -> {
            List<T> found = new ArrayList<>();
            for (Document document : database.open().collection(kind).find(filter)) {
                found.add(decode(document));
            }
            found.sort(order);
            return found;
        });
    }

    /** How Nitrite would run {@code filter}: lets tests prove that the screens' reads use an index. */
    FindPlan plan(Filter filter) {
        return thread.call(() -> database.open().collection(kind).find(filter).getFindPlan());
    }

    @Override
    public void save(T document) {
        requireId(document);
        thread.run(() -> {
            NitriteDatabase open = database.open();
            long before = open.changes(kind);
            put(document);
            open.commit();
            saved(open, before, document);
        });
    }

    /**
     * Called on the database thread once {@code document} is saved and committed, with its collection's change
     * count from just before: a repository that keeps something it read can bring it up to date instead of
     * reading it again.
     */
    void saved(NitriteDatabase open, long changesBefore, T document) {
    }

    @Override
    public void saveWithNextCommit(T document) {
        requireId(document);
        thread.run(() -> put(document));
    }

    private void requireId(T document) {
        String id = idOf.apply(document);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(kind.collectionName() + " document without _id");
        }
    }

    /** Puts {@code document} in place of the stored one with its _id, uncommitted; on the database thread. */
    private void put(T document) {
        try {
            database.open().replace(kind, database.codec().toDocument(document));
        } catch (UniqueConstraintException e) {
            throw new StoreException(conflictMessage(document), e);
        }
    }

    /** Read, change and write in one turn of the database thread, so no other write can come between. */
    @Override
    public T update(String id, Supplier<T> absent, UnaryOperator<T> change) {
        return thread.call(() -> {
            NitriteDatabase open = database.open();
            T current = Optional.ofNullable(open.findByKey(kind, id)).map(this::decode).orElseGet(absent);
            T changed = change.apply(current);
            if (!id.equals(idOf.apply(changed))) {
                throw new IllegalArgumentException("An update may not change the _id");
            }
            put(changed);
            open.commit();
            return changed;
        });
    }

    /** What to tell the person when a save would break a unique index other than the key's. */
    String conflictMessage(T document) {
        return kind.collectionName() + " already has a document with _id \"" + idOf.apply(document) + "\"";
    }

    @Override
    public boolean delete(String id) {
        return thread.call(() -> {
            NitriteDatabase open = database.open();
            boolean removed = open.removeByKey(kind, id);
            if (removed) {
                open.commit();
            }
            return removed;
        });
    }

    T decode(Document document) {
        return database.codec().fromDocument(document, type);
    }

    /** As {@link #decode}, in a pass over many documents: see {@link DocumentCodec#fromDocumentInPassing}. */
    T decodeInPassing(Document document) {
        return database.codec().fromDocumentInPassing(document, type);
    }

    static Filter byKey(String key) {
        return where(DocumentCodec.KEY).eq(key);
    }
}
