package app.rune.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One collection of documents, looked up by the seed's {@code _id}. Every method runs on the database thread
 * and returns when the work is done; {@link #save} and {@link #delete} return only once the change is on disk.
 */
public interface DocumentRepository<T> {

    Optional<T> findById(String id);

    List<T> findAll();

    /**
     * Hands {@link #findAll}'s documents to {@code each} one at a time and in the same order, without holding them
     * all where the store can (a backup of ten years of days). {@code each} runs on the thread that reads the store.
     */
    default void forEachInOrder(Consumer<T> each) {
        findAll().forEach(each);
    }

    /** Stores {@code document} in place of the one with the same {@code _id}, or adds it. */
    void save(T document);

    /**
     * Reads the document (or {@code absent} when there is none), changes it and stores the result, with no other
     * write in between: two threads adding to the same document (the reminder and a check-in, say) both count.
     * The default is for single-threaded stand-ins; the store's own repositories do it on the database thread.
     */
    default T update(String id, Supplier<T> absent, UnaryOperator<T> change) {
        T changed = change.apply(findById(id).orElseGet(absent));
        save(changed);
        return changed;
    }

    /**
     * Stores {@code document} now, but lets it reach the disk with the next commit (the next write's, or
     * closing) instead of one of its own. Only for figures derived from other documents, which are recomputed
     * when Rune opens: a tick then costs one commit, not two. The default commits at once.
     */
    default void saveWithNextCommit(T document) {
        save(document);
    }

    /** Removes the document with this {@code _id}; false when there was none. */
    boolean delete(String id);
}
