package app.rune.store;

import java.util.List;
import java.util.Optional;

/**
 * One collection of documents, looked up by the seed's {@code _id}. Every method runs on the database thread
 * and returns when the work is done; {@link #save} and {@link #delete} return only once the change is on disk.
 */
public interface DocumentRepository<T> {

    Optional<T> findById(String id);

    List<T> findAll();

    /** Stores {@code document} in place of the one with the same {@code _id}, or adds it. */
    void save(T document);

    /** Removes the document with this {@code _id}; false when there was none. */
    boolean delete(String id);
}
