package app.rune.store;

import app.rune.model.Collection;
import app.rune.model.DataSet;
import app.rune.model.StoredDocument;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an import makes of the stored documents and the file's: the file's replace stored ones with their _id. */
final class DataSets {
    private DataSets() {
    }

    static DataSet merge(DataSet stored, DataSet incoming) {
        Map<Collection, List<StoredDocument>> merged = new EnumMap<>(Collection.class);
        for (Collection kind : Collection.values()) {
            Map<String, StoredDocument> byId = new LinkedHashMap<>();
            stored.of(kind).forEach(d -> byId.put(d.id(), d));
            incoming.of(kind).forEach(d -> byId.put(d.id(), d));
            merged.put(kind, new ArrayList<>(byId.values()));
        }
        return DataSet.of(merged);
    }
}
