package app.rune.store;

import app.rune.model.DailyProgress;
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
 * for the index that finds a person's days (see {@link #dayKey}). It is derived, so it never reaches the model.
 */
final class DocumentCodec {
    static final String KEY = "key";
    static final String DAY_KEY = "day_key";
    private static final String SEED_ID = "_id";
    private static final String[] NOT_THE_MODELS = {"_id", "_revision", "_modified", "_source", DAY_KEY};
    /** Between the user and the date in a day key: a control character no one types, below every printable one. */
    private static final char DAY_KEY_SEPARATOR = '\u001F';

    private final ObjectMapper json;
    private final NitriteMapper nitriteMapper;

    DocumentCodec(ObjectMapper json, NitriteMapper nitriteMapper) {
        this.json = json;
        this.nitriteMapper = nitriteMapper;
    }

    Document toDocument(Record record) {
        ObjectNode node = json.valueToTree(record);
        ObjectNode stored = json.createObjectNode();
        stored.set(KEY, node.remove(SEED_ID));
        stored.setAll(node);
        if (record instanceof DailyProgress day && day.userId() != null && day.date() != null) {
            stored.put(DAY_KEY, dayKey(day.userId(), day.date().toString()));
        }
        // Nitrite's Jackson mapper turns the JSON tree into its Document (nested documents, lists, numbers).
        return (Document) nitriteMapper.tryConvert(stored, Document.class);
    }

    <T> T fromDocument(Document document, Class<T> type) {
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
            throw new StoreException("A stored " + type.getSimpleName() + " could not be read: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@code user_id}, a separator and the ISO {@code date}: one person's days sort together and by date, so a
     * single-field index serves both the day lookup and date ranges. (Nitrite's compound index keeps all of a
     * person's dates in one index entry, which it wrote out whole at every tick: with years of history that was
     * most of a tick's time.)
     */
    static String dayKey(String userId, String isoDate) {
        return userId + DAY_KEY_SEPARATOR + isoDate;
    }

    /** Past every day key of {@code userId} (the dates are ISO digits and dashes). */
    static String afterDaysOf(String userId) {
        return userId + DAY_KEY_SEPARATOR + '\uFFFF';
    }

    static String keyOf(Document document) {
        Object key = document.get(KEY);
        return key == null ? null : key.toString();
    }
}
