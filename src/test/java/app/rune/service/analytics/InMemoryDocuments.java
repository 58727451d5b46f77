package app.rune.service.analytics;

import app.rune.store.DocumentRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** A collection keyed by _id in a map, for tests. */
final class InMemoryDocuments<T> implements DocumentRepository<T> {
    private final Map<String, T> byId = new TreeMap<>();
    private final Function<T, String> idOf;
    int saves;

    InMemoryDocuments(Function<T, String> idOf) {
        this.idOf = idOf;
    }

    @Override
    public Optional<T> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<T> findAll() {
        return new ArrayList<>(byId.values());
    }

    @Override
    public void save(T document) {
        saves++;
        byId.put(idOf.apply(document), document);
    }

    @Override
    public boolean delete(String id) {
        return byId.remove(id) != null;
    }
}
