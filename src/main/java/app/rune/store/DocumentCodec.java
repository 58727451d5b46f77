package app.rune.store;

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
 */
final class DocumentCodec {
    static final String KEY = "key";
    private static final String SEED_ID = "_id";
    private static final String[] NITRITE_FIELDS = {"_id", "_revision", "_modified", "_source"};

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
        // Nitrite's Jackson mapper turns the JSON tree into its Document (nested documents, lists, numbers).
        return (Document) nitriteMapper.tryConvert(stored, Document.class);
    }

    <T> T fromDocument(Document document, Class<T> type) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (var pair : document) {
            fields.put(pair.getFirst(), pair.getSecond());
        }
        for (String nitriteField : NITRITE_FIELDS) {
            fields.remove(nitriteField);
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

    static String keyOf(Document document) {
        Object key = document.get(KEY);
        return key == null ? null : key.toString();
    }
}
