package app.rune.service.transfer;

import app.rune.model.Collection;
import app.rune.model.ConversationContext;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.validation.DocumentValidator;
import app.rune.model.validation.Problem;
import app.rune.model.validation.Problems;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads an import file (the export format) and checks every document in it, collecting every problem instead
 * of stopping at the first, so the person can fix the file in one go.
 */
public final class ImportReader {
    private final ObjectMapper json;
    private final JsonProblemDescriber describer;
    private final ShapeChecker shapes;
    private final DocumentValidator validator = new DocumentValidator();

    public ImportReader(ObjectMapper json) {
        this.json = json;
        this.describer = new JsonProblemDescriber(json);
        this.shapes = new ShapeChecker(json, describer);
    }

    /**
     * The documents of {@code content}, or every problem with them.
     *
     * @param source name of the file, for messages
     * @param storedProgress finds the stored {@code daily_progress} document of a user and date, so a new
     *     document cannot take a day that already has one under another {@code _id}
     */
    public DataSet read(String source, byte[] content,
            BiFunction<String, LocalDate, Optional<DailyProgress>> storedProgress) throws InvalidImportException {
        JsonNode root = parse(source, content);
        Problems problems = new Problems();
        Map<Collection, List<Bound>> documents = new EnumMap<>(Collection.class);
        var fields = root.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            Optional<Collection> kind = Collection.byName(field.getKey());
            if (kind.isEmpty()) {
                problems.add(field.getKey(), "unknown collection (expected " + String.join(", ", Collection.names()) + ")");
                continue;
            }
            if (!field.getValue().isArray()) {
                problems.add(field.getKey(), "must be a list of documents");
                continue;
            }
            documents.put(kind.get(), bindAll(kind.get(), field.getValue(), problems));
        }
        checkUniqueIds(documents, problems);
        checkOneDocumentPerDay(documents.getOrDefault(Collection.DAILY_PROGRESS, List.of()), storedProgress, problems);
        if (!problems.isEmpty()) {
            throw new InvalidImportException(source, problems.list());
        }
        return new DataSet(list(documents, Collection.USER_GOALS), list(documents, Collection.DAILY_PROGRESS),
                list(documents, Collection.USER_PREFERENCES), list(documents, Collection.USER_ANALYTICS),
                list(documents, Collection.CONVERSATION_CONTEXT));
    }

    private JsonNode parse(String source, byte[] content) throws InvalidImportException {
        if (content.length == 0 || new String(content, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw whole(source, "the file is empty; expected a JSON object such as {\"user_goals\": [...]}");
        }
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw whole(source, "not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw whole(source, "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw whole(source, "expected a JSON object whose keys are collection names ("
                    + String.join(", ", Collection.names()) + ")");
        }
        return root;
    }

    /** A document that passed its own checks, with its position in the file for later messages. */
    private record Bound(int index, Record document) {
        String path(Collection kind) {
            return kind.collectionName() + "[" + index + "]";
        }
    }

    private List<Bound> bindAll(Collection kind, JsonNode array, Problems problems) {
        List<Bound> bound = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = kind.collectionName() + "[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                problems.add(path, "must be an object");
                continue;
            }
            ShapeChecker.Result shape = shapes.check((ObjectNode) node, kind.documentType(), path);
            problems.addAll(shape.problems());
            if (!shape.cleanable()) {
                continue;
            }
            try {
                // With the offending values taken out, the document's own rules can still be checked, except
                // where they would only repeat a problem already reported for the same field.
                Record document = json.treeToValue(shape.cleaned(), kind.documentType());
                List<Problem> found = validate(document, path).stream()
                        .filter(rule -> shape.problems().stream().noneMatch(p -> covers(p.path(), rule.path())))
                        .toList();
                problems.addAll(found);
                if (found.isEmpty() && shape.problems().isEmpty()) {
                    bound.add(new Bound(i, document));
                }
            } catch (JsonMappingException e) {
                if (shape.problems().isEmpty()) {
                    problems.add(describer.path(path, e), describer.message(e, shape.cleaned()));
                }
            } catch (JsonProcessingException e) {
                problems.add(path, firstLine(e.getOriginalMessage()));
            }
        }
        return bound;
    }

    private static boolean covers(String reported, String rule) {
        return rule.equals(reported) || rule.startsWith(reported + ".") || rule.startsWith(reported + "[");
    }

    private List<Problem> validate(Record document, String path) {
        if (document instanceof UserGoals d) {
            return validator.validate(d, path);
        } else if (document instanceof DailyProgress d) {
            return validator.validate(d, path);
        } else if (document instanceof UserPreferences d) {
            return validator.validate(d, path);
        } else if (document instanceof UserAnalytics d) {
            return validator.validate(d, path);
        } else if (document instanceof ConversationContext d) {
            return validator.validate(d, path);
        }
        throw new IllegalArgumentException("not a Rune document: " + document.getClass());
    }

    private static void checkUniqueIds(Map<Collection, List<Bound>> documents, Problems problems) {
        documents.forEach((kind, bound) -> {
            Map<String, Bound> first = new HashMap<>();
            for (Bound each : bound) {
                String id = idOf(each.document());
                Bound earlier = first.putIfAbsent(id, each);
                if (earlier != null) {
                    problems.add(each.path(kind) + "._id", "\"" + id + "\" is also the _id of " + earlier.path(kind));
                }
            }
        });
    }

    private static String idOf(Record document) {
        if (document instanceof UserGoals d) {
            return d.id();
        } else if (document instanceof DailyProgress d) {
            return d.id();
        } else if (document instanceof UserPreferences d) {
            return d.id();
        } else if (document instanceof UserAnalytics d) {
            return d.id();
        }
        return ((ConversationContext) document).id();
    }

    private static void checkOneDocumentPerDay(List<Bound> progress,
            BiFunction<String, LocalDate, Optional<DailyProgress>> stored, Problems problems) {
        Map<String, Bound> seen = new HashMap<>();
        // A stored document that this file replaces (same _id) gives up its day, so it conflicts with nothing.
        java.util.Set<String> replacedIds = new java.util.HashSet<>();
        progress.forEach(each -> replacedIds.add(((DailyProgress) each.document()).id()));
        for (Bound each : progress) {
            DailyProgress day = (DailyProgress) each.document();
            String path = each.path(Collection.DAILY_PROGRESS);
            Bound earlier = seen.putIfAbsent(day.userId() + "\u0000" + day.date(), each);
            if (earlier != null) {
                problems.add(path, "user \"" + day.userId() + "\" has another document for " + day.date()
                        + " in this file (" + earlier.path(Collection.DAILY_PROGRESS) + "); a day has one document");
                continue;
            }
            stored.apply(day.userId(), day.date())
                    .filter(existing -> !replacedIds.contains(existing.id()))
                    .ifPresent(existing -> problems.add(path, "user \"" + day.userId() + "\" already has a document for "
                            + day.date() + " with _id \"" + existing.id() + "\"; use that _id to replace it"));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<Collection, List<Bound>> documents, Collection kind) {
        return (List<T>) documents.getOrDefault(kind, List.of()).stream().map(Bound::document).toList();
    }

    private static InvalidImportException whole(String source, String message) {
        return new InvalidImportException(source, List.of(new Problem("", message)));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
