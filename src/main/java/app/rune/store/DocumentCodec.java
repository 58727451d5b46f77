package app.rune.store;

import app.rune.model.DailyProgress;
import app.rune.model.StoredDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.common.mapper.NitriteMapper;

/**
 * Turns model records into Nitrite documents and back, through the same JSON form as export, so the file holds
 * exactly what an export shows. Nitrite reserves {@code _id} for its own numeric ids, so the seed's {@code _id}
 * is stored as {@value #KEY} (with a unique index) and Nitrite's own fields never reach the model.
 *
 * <p>A {@code daily_progress} document also carries {@value #DAY_KEY}, its user and date in one sortable text,
 * for the index that finds a person's days (see {@link DayKey}). It is derived, so it never reaches the model.
 */
final class DocumentCodec {
    static final String KEY = "key";
    static final String DAY_KEY = "day_key";
    private static final String SEED_ID = "_id";
    private static final String[] NOT_THE_MODELS = {"_id", "_revision", "_modified", "_source", DAY_KEY};

    private final ObjectMapper json;
    private final NitriteMapper nitriteMapper;

    DocumentCodec(ObjectMapper json, NitriteMapper nitriteMapper) {
        this.json = json;
        this.nitriteMapper = nitriteMapper;
    }

    Document toDocument(StoredDocument record) {
        ObjectNode node = json.valueToTree(record);
        ObjectNode stored = json.createObjectNode();
        stored.set(KEY, node.remove(SEED_ID));
        stored.setAll(node);
        if (record instanceof DailyProgress day && day.userId() != null && day.date() != null) {
            stored.put(DAY_KEY, DayKey.of(day.userId(), day.date().toString()));
        }
        // Nitrite's Jackson mapper turns the JSON tree into its Document (nested documents, lists, numbers).
        return (Document) nitriteMapper.tryConvert(stored, Document.class);
    }

    /**
     * The model of {@code document}. A stored version of a document is decoded once: the screens and the coach
     * read the same few documents (preferences, goals, this week's days) many times between changes, and
     * decoding is most of what a read costs. Models are immutable, so one decoded copy can be shared.
     */
    <T> T fromDocument(Document document, Class<T> type) {
        StoredVersion version = StoredVersion.of(document, type);
        if (version == null) {
            return decode(document, type);
        }
        synchronized (decoded) {
            Object known = decoded.get(version);
            if (known != null) {
                return type.cast(known);
            }
        }
        T model = decode(document, type);
        synchronized (decoded) {
            decoded.put(version, model);
        }
        return model;
    }

    /**
     * One version of one stored document: Nitrite gives every inserted document a new id and raises its
     * revision at every update in place, so a changed document never matches an old entry. A codec serves one
     * open file; another file (after an import or a restore) gets a new codec, and so an empty cache.
     */
    private record StoredVersion(Class<?> type, long id, Integer revision, Long modified) {
        static StoredVersion of(Document document, Class<?> type) {
            if (!document.hasId()) {
                return null;
            }
            return new StoredVersion(type, document.getId().getIdValue(), document.getRevision(),
                    document.getLastModifiedSinceEpoch());
        }
    }

    /**
     * As {@link #fromDocument}, for a pass over many documents (a whole history, everything for a backup): a version
     * decoded already is shared, but what this decodes is not kept. Such a pass would otherwise fill the cache with
     * a thousand old days (about 4 MB for the rest of the session) and push out the few documents the screens read
     * again and again.
     */
    <T> T fromDocumentInPassing(Document document, Class<T> type) {
        StoredVersion version = StoredVersion.of(document, type);
        if (version != null) {
            synchronized (decoded) {
                Object known = decoded.get(version);
                if (known != null) {
                    return type.cast(known);
                }
            }
        }
        return decode(document, type);
    }

    private static final int DECODED_KEPT = 1024;

    /** The most recently used decoded versions, least recently used dropped first. */
    private final Map<StoredVersion, Object> decoded = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StoredVersion, Object> eldest) {
            return size() > DECODED_KEPT;
        }
    };

    private <T> T decode(Document document, Class<T> type) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (var pair : document) {
            fields.put(pair.getFirst(), pair.getSecond());
        }
        for (String field : NOT_THE_MODELS) {
            fields.remove(field);
        }
        ObjectNode node = json.valueToTree(fields);
        ObjectNode model = json.createObjectNode();
        model.set(SEED_ID, node.remove(KEY));
        model.setAll(node);
        try {
            return json.treeToValue(model, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableDocumentException("A stored " + type.getSimpleName() + " could not be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    static String keyOf(Document document) {
        Object key = document.get(KEY);
        return key == null ? null : key.toString();
    }
}
