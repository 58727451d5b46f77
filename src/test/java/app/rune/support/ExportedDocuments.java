package app.rune.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The documents of an export file (or a backup), parsed as plain JSON and keyed by collection and {@code _id}, so
 * two exports compare document by document whatever their order. Nothing of Rune's own model is used to read
 * them: a test comparing what Rune wrote must not share Rune's mistakes.
 */
public final class ExportedDocuments {
    /** The five collections of the export format. */
    public static final List<String> COLLECTIONS = List.of("user_goals", "daily_progress", "user_preferences",
            "user_analytics", "conversation_context");

    private final Map<String, Map<String, JsonNode>> byCollection = new TreeMap<>();
    private final List<String> oddities = new ArrayList<>();

    private ExportedDocuments() {
    }

    public static ExportedDocuments read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        ExportedDocuments documents = new ExportedDocuments();
        if (root == null || !root.isObject()) {
            documents.oddities.add(file + " is not a JSON object");
            return documents;
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!COLLECTIONS.contains(name)) {
                documents.oddities.add("an unknown key \"" + name + "\"");
            }
        }
        for (String collection : COLLECTIONS) {
            Map<String, JsonNode> documentsById = new TreeMap<>();
            for (JsonNode document : root.path(collection)) {
                String id = document.path("_id").asText("(no _id)");
                if (documentsById.put(id, document) != null) {
                    documents.oddities.add(collection + " holds _id " + id + " twice");
                }
            }
            documents.byCollection.put(collection, documentsById);
        }
        return documents;
    }

    /**
     * A copy in which every instant from {@code since} on reads {@value #STAMPED}: the times a command stamps
     * with the clock (a check-in's time, the analytics' last update), which differ from one run to the next.
     */
    public ExportedDocuments stampedFrom(Instant since) {
        ExportedDocuments copy = new ExportedDocuments();
        copy.oddities.addAll(oddities);
        byCollection.forEach((name, documents) -> {
            Map<String, JsonNode> stamped = new TreeMap<>();
            documents.forEach((id, document) -> stamped.put(id, stamped(document.deepCopy(), since)));
            copy.byCollection.put(name, stamped);
        });
        return copy;
    }

    /** The text that takes the place of a time stamped during the test. */
    public static final String STAMPED = "(stamped during the test)";

    private static JsonNode stamped(JsonNode node, Instant since) {
        if (node.isTextual() && node.asText().matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            try {
                return OffsetDateTime.parse(node.asText()).toInstant().isBefore(since) ? node
                        : TextNode.valueOf(STAMPED);
            } catch (DateTimeParseException notAnInstant) {
                return node;
            }
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, stamped(object.get(name), since)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, stamped(array.get(i), since));
            }
        }
        return node;
    }

    /**
     * For each document that {@code before} and {@code after} hold differently, whether this holds it as before,
     * as after, as neither, or not at all: how a change was cut in two.
     */
    public String mixOf(ExportedDocuments before, ExportedDocuments after) {
        List<String> documents = new ArrayList<>();
        for (String name : COLLECTIONS) {
            TreeSet<String> ids = new TreeSet<>(before.collection(name).keySet());
            ids.addAll(after.collection(name).keySet());
            ids.addAll(collection(name).keySet());
            for (String id : ids) {
                JsonNode old = before.collection(name).get(id);
                JsonNode changed = after.collection(name).get(id);
                JsonNode here = collection(name).get(id);
                if (Objects.equals(old, changed) && Objects.equals(old, here)) {
                    continue;
                }
                String state = Objects.equals(here, old) ? "as before"
                        : Objects.equals(here, changed) ? "as after" : here == null ? "missing" : "as neither";
                documents.add(name + " " + id + " " + state);
            }
        }
        return String.join(", ", documents);
    }

    /** Whether this holds exactly {@code other}'s documents. */
    public boolean sameAs(ExportedDocuments other) {
        return differenceFrom(other).isEmpty();
    }

    /** How many documents, over all collections. */
    public int size() {
        return byCollection.values().stream().mapToInt(Map::size).sum();
    }

    /** The documents of one collection by {@code _id}. */
    public Map<String, JsonNode> collection(String name) {
        return byCollection.getOrDefault(name, Map.of());
    }

    /** {@code user_goals 1, daily_progress 137, …}: for a summary line. */
    public String counts() {
        List<String> parts = new ArrayList<>();
        COLLECTIONS.forEach(c -> parts.add(c + " " + collection(c).size()));
        return String.join(", ", parts);
    }

    /** Empty when this holds exactly {@code expected}'s documents; else what differs, collection by collection. */
    public String differenceFrom(ExportedDocuments expected) {
        List<String> found = new ArrayList<>(oddities);
        for (String name : COLLECTIONS) {
            Map<String, JsonNode> want = expected.collection(name);
            Map<String, JsonNode> have = collection(name);
            TreeSet<String> missing = new TreeSet<>(want.keySet());
            missing.removeAll(have.keySet());
            TreeSet<String> extra = new TreeSet<>(have.keySet());
            extra.removeAll(want.keySet());
            List<String> changed = new ArrayList<>();
            want.forEach((id, document) -> {
                if (have.containsKey(id) && !have.get(id).equals(document)) {
                    changed.add(id);
                }
            });
            if (missing.isEmpty() && extra.isEmpty() && changed.isEmpty()) {
                continue;
            }
            List<String> how = new ArrayList<>();
            if (!missing.isEmpty()) {
                how.add(missing.size() + " missing" + examples(missing));
            }
            if (!changed.isEmpty()) {
                how.add(changed.size() + " changed" + examples(changed));
            }
            if (!extra.isEmpty()) {
                how.add(extra.size() + " not expected" + examples(extra));
            }
            found.add(name + " " + have.size() + " of " + want.size() + ": " + String.join(", ", how));
        }
        return String.join("; ", found);
    }

    private static String examples(java.util.Collection<String> ids) {
        return ids.isEmpty() ? "" : " (" + String.join(", ", ids.stream().limit(3).toList())
                + (ids.size() > 3 ? ", …" : "") + ")";
    }
}
