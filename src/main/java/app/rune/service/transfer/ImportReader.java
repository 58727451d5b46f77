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
import app.rune.model.validation.StoredText;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an import file (the export format) and checks every document in it, collecting every problem instead
 * of stopping at the first, so the person can fix the file in one go.
 *
 * <p>A file is refused, with a message, before it can use up memory or the stack: one larger than
 * {@link #MAX_FILE_BYTES} is not read at all, and while it is parsed no value may be nested deeper, be longer or
 * have a longer name than the limits below. Each limit is far beyond what Rune itself writes.
 */
public final class ImportReader {
    /** The largest import file: 64 MiB, more than ten years of daily use by a family of four. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Lists and objects inside one another, at most: Rune's own files go 7 deep. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Characters in one text value, at most: the same limit holds for what a person types. */
    public static final int MAX_TEXT_LENGTH = StoredText.MAX_TEXT_LENGTH;
    /** Characters in one field name, at most: the same limit holds for obstacle names and task ids typed. */
    public static final int MAX_NAME_LENGTH = StoredText.MAX_NAME_LENGTH;
    /**
     * What the parser lets through as a field name, in UTF-8 bytes (which it counts, not characters): enough for
     * every name of {@link #MAX_NAME_LENGTH} characters, so that the exact rule is the validator's, the same as
     * for a name typed in Rune. The parser's limit only keeps a hostile name from using up memory.
     */
    private static final int MAX_NAME_BYTES = 4 * MAX_NAME_LENGTH;
    /** Characters in one number, at most: a date's epoch, a rate and a count all fit in 30. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /**
     * Values, brackets and names in one file, at most. Rune's own exports average about 15 bytes for each, so a
     * 64 MiB export holds some 4.5 million; the limit stops a file of nothing but {@code [],[],[]...} from
     * becoming 20 million tiny lists, each of which takes far more memory than its three bytes.
     */
    public static final long MAX_TOKENS = 8_000_000;
    /** Problems listed, at most: checking stops there, as nobody reads further and each one takes memory. */
    public static final int MAX_LISTED_PROBLEMS = 100;

    private final ObjectMapper json;
    /** Rune's JSON settings plus the limits above, for parsing import files only; the database reads without. */
    private final JsonFactory limited;
    private final JsonProblemDescriber describer;
    private final ShapeChecker shapes;
    private final DocumentValidator validator = new DocumentValidator();

    public ImportReader(ObjectMapper json) {
        this.json = json;
        this.limited = json.getFactory().copy();
        limited.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_TEXT_LENGTH)
                .maxNameLength(MAX_NAME_BYTES)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(MAX_FILE_BYTES)
                .maxTokenCount(MAX_TOKENS)
                .build());
        // {"a": 1, "a": 2} does not say which it means; without this Jackson would silently keep the last.
        limited.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
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
        Problems problems = new Problems(MAX_LISTED_PROBLEMS);
        Map<Collection, List<Bound>> documents = new EnumMap<>(Collection.class);
        var fields = root.fields();
        while (fields.hasNext() && !problems.full()) {
            var field = fields.next();
            Optional<Collection> kind = Collection.byName(field.getKey());
            if (kind.isEmpty()) {
                problems.add(Problems.field("", field.getKey()),
                        "unknown collection (expected " + String.join(", ", Collection.names()) + ")");
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
            throw new InvalidImportException(source, problems.list(), problems.full());
        }
        return new DataSet(list(documents, Collection.USER_GOALS), list(documents, Collection.DAILY_PROGRESS),
                list(documents, Collection.USER_PREFERENCES), list(documents, Collection.USER_ANALYTICS),
                list(documents, Collection.CONVERSATION_CONTEXT));
    }

    /**
     * The content of {@code file}, refused without reading it if it is a folder, missing, not a regular file (a
     * named pipe would wait for a writer for ever, a device never ends), or larger than {@link #MAX_FILE_BYTES}.
     */
    public static byte[] readFile(Path file) throws InvalidImportException, IOException {
        return readFile(file, MAX_FILE_BYTES);
    }

    static byte[] readFile(Path file, long maxBytes) throws InvalidImportException, IOException {
        requireRegularFile(file);
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(source, size, maxBytes);
            }
            // The size can be wrong (a file still growing, or one of /proc): never read more than the limit.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] content = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
                if (content.length > maxBytes) {
                    throw tooLarge(source, -1, maxBytes);
                }
                return content;
            }
        } catch (NoSuchFileException e) {
            throw whole(source, "no such file");
        }
    }

    /**
     * Refuses {@code file}, without opening it, unless it is a regular file (or a link to one): quick enough to
     * call before anything else is opened.
     */
    public static void requireRegularFile(Path file) throws InvalidImportException, IOException {
        String source = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw whole(source, "no such file");
        }
        if (attributes.isDirectory()) {
            throw whole(source, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw whole(source, "is not a regular file (it is a device, a pipe or a socket); Rune imports and restores"
                    + " only files. Nothing was read");
        }
    }

    private static InvalidImportException tooLarge(String source, long size, long maxBytes) {
        return whole(source, (size < 0 ? "is larger than " + bytes(maxBytes) : "is " + bytes(size))
                + "; Rune imports and restores files of at most " + bytes(maxBytes) + ". Nothing was read");
    }

    private static String bytes(long count) {
        long mebibytes = count / (1024 * 1024);
        return count % (1024 * 1024) == 0 && mebibytes > 0
                ? String.format(Locale.ROOT, "%d MiB (%,d bytes)", mebibytes, count)
                : String.format(Locale.ROOT, "%,d bytes", count);
    }

    private JsonNode parse(String source, byte[] content) throws InvalidImportException {
        if (content.length > MAX_FILE_BYTES) {
            throw tooLarge(source, content.length, MAX_FILE_BYTES);
        }
        if (content.length == 0 || new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw whole(source, "the file is empty; expected a JSON object such as {\"user_goals\": [...]}");
        }
        JsonNode root;
        try (JsonParser parser = limited.createParser(content)) {
            try {
                root = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
                if (root != null && parser.nextToken() != null) {
                    throw new InvalidImportException(source, List.of(new Problem("", "not valid JSON ("
                            + where(parser.currentTokenLocation()) + "): more follows the end of the first JSON value;"
                            + " a file holds one object")));
                }
            } catch (StreamConstraintsException e) {
                throw new InvalidImportException(source, List.of(beyondLimit(e, parser, content)));
            } catch (JsonProcessingException e) {
                throw new InvalidImportException(source, List.of(syntaxError(e, parser)));
            }
        } catch (IOException e) {
            throw whole(source, "cannot be read: " + Problems.printable(firstLine(e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            throw whole(source, "expected a JSON object whose keys are collection names ("
                    + String.join(", ", Collection.names()) + ")");
        }
        return root;
    }

    /** A value deeper, longer or larger than the limits: said in those terms, with where it is. */
    private Problem beyondLimit(StreamConstraintsException e, JsonParser parser, byte[] content) {
        String said = e.getMessage() == null ? "" : e.getMessage();
        String what;
        String path = pathOf(parser.getParsingContext());
        if (said.startsWith("Document nesting depth")) {
            what = "lists and objects are nested more than " + MAX_NESTING_DEPTH + " deep";
        } else if (said.startsWith("String value length")) {
            what = String.format(Locale.ROOT, "a text value is longer than %,d characters", MAX_TEXT_LENGTH);
        } else if (said.startsWith("Name length")) {
            what = String.format(Locale.ROOT, "a field name is longer than %,d characters", MAX_NAME_LENGTH);
            // The parser is still on the name before the long one, which it has not finished reading.
            path = Problems.field(pathOf(parser.getParsingContext(), false),
                    nameAround(content, parser.currentLocation()));
        } else if (said.startsWith("Number value length")) {
            what = "a number is longer than " + MAX_NUMBER_LENGTH + " characters";
        } else if (said.startsWith("Token count")) {
            what = String.format(Locale.ROOT, "the file holds more than %,d values, brackets and names", MAX_TOKENS);
        } else if (said.startsWith("Document length")) {
            what = "the file is larger than " + bytes(MAX_FILE_BYTES);
        } else {
            what = "the file goes beyond what an import may hold";
        }
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return new Problem(path, what + " (" + where(at) + ")");
    }

    /**
     * The field name the parser was reading when it stopped at {@code stop} (inside the name, or just after its
     * closing quote), read again without the name limit so a message can show its beginning; described instead
     * when it cannot be.
     */
    private String nameAround(byte[] content, JsonLocation stop) {
        String unknown = "(a name of more than " + MAX_NAME_LENGTH + " characters)";
        int open = stop == null ? -1 : quoteBefore(content, (int) Math.min(stop.getByteOffset(), content.length));
        if (open >= 0 && colonFollows(content, open + 1)) {
            open = quoteBefore(content, open); // that was the closing quote
        }
        if (open < 0) {
            return unknown;
        }
        JsonFactory names = json.getFactory().copy();
        names.setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_TEXT_LENGTH).build());
        try (JsonParser name = names.createParser(content, open, content.length - open)) {
            if (name.nextToken() == JsonToken.VALUE_STRING) {
                return name.getText();
            }
        } catch (IOException e) {
            // Falls through: too long even for a text value.
        }
        return unknown;
    }

    /** The position of the nearest quote before {@code end} that is not escaped (a name holds no other), or -1. */
    private static int quoteBefore(byte[] content, int end) {
        int at = end - 1;
        while (at >= 0 && (content[at] != '"' || escaped(content, at))) {
            at--;
        }
        return at;
    }

    private static boolean colonFollows(byte[] content, int from) {
        int at = from;
        while (at < content.length && (content[at] == ' ' || content[at] == '\t' || content[at] == '\n'
                || content[at] == '\r')) {
            at++;
        }
        return at < content.length && content[at] == ':';
    }

    /** Whether the character at {@code at} follows an odd number of backslashes. */
    private static boolean escaped(byte[] content, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && content[i] == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Where the JSON stops making sense, in plain words: line and column, and the path it was inside. */
    private static Problem syntaxError(JsonProcessingException e, JsonParser parser) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String path = pathOf(parser.getParsingContext());
        String detail = plainWords(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE_FIELD.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
        if (duplicate.matches()) {
            return new Problem(path, "duplicate field '" + Problems.printable(duplicate.group(1)) + "' (" + where(at)
                    + "): a field may appear only once in an object");
        }
        // A syntax error is about the file rather than a field: one line, with the path as a hint where it is.
        return new Problem("", "not valid JSON (" + where(at) + (path.isEmpty() ? "" : ", inside " + path) + "): "
                + detail);
    }

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");
    private static final Pattern HINT =
            Pattern.compile("[:;,]?\\s*\\(?(enable|as per|disable) `[^`]*`( to allow)?\\)?");
    private static final Pattern TOKEN = Pattern.compile("\\b(VALUE_STRING|VALUE_NUMBER_INT|VALUE_NUMBER_FLOAT"
            + "|VALUE_TRUE"
            + "|VALUE_FALSE|VALUE_NULL|FIELD_NAME|START_OBJECT|END_OBJECT|START_ARRAY|END_ARRAY)\\b");

    /** Jackson's description of a syntax error without the parts meant for programmers. */
    private static String plainWords(String message) {
        String text = firstLine(message);
        text = SOURCE.matcher(text).replaceAll("line $1, column $2");
        text = HINT.matcher(text).replaceAll("");
        text = TOKEN.matcher(text).replaceAll(match -> switch (match.group(1)) {
            case "VALUE_STRING" -> "text";
            case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
            case "VALUE_NULL" -> "null";
            case "FIELD_NAME" -> "a field name";
            case "START_OBJECT" -> "'{'";
            case "END_OBJECT" -> "'}'";
            case "START_ARRAY" -> "'['";
            default -> "']'";
        });
        text = text.replace("`", "'").strip();
        return Problems.printable(text, 200);
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "position unknown"
                : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The parser's place as a Rune path ({@code daily_progress[2].tasks[0]}), shortened when very deep. */
    private static String pathOf(JsonStreamContext context) {
        return pathOf(context, true);
    }

    /** @param withCurrentName false: the path of the innermost object itself, not of its current field */
    private static String pathOf(JsonStreamContext context, boolean withCurrentName) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext each = context; each != null && !each.inRoot(); each = each.getParent()) {
            chain.add(0, each);
        }
        String path = "";
        int shown = 0;
        for (JsonStreamContext each : chain) {
            if (++shown > 10) {
                return path + "...(" + chain.size() + " levels deep)";
            }
            if (each == context && !withCurrentName) {
                break;
            }
            if (each.inObject() && each.getCurrentName() != null) {
                path = Problems.field(path, each.getCurrentName());
            } else if (each.inArray() && each.getCurrentIndex() >= 0) {
                path = Problems.index(path, each.getCurrentIndex());
            }
        }
        return path;
    }

    /** A document that passed its own checks, with its position in the file for later messages. */
    private record Bound(int index, Record document) {
        String path(Collection kind) {
            return kind.collectionName() + "[" + index + "]";
        }
    }

    private List<Bound> bindAll(Collection kind, JsonNode array, Problems problems) {
        List<Bound> bound = new ArrayList<>();
        for (int i = 0; i < array.size() && !problems.full(); i++) {
            String path = Problems.index(kind.collectionName(), i);
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
                problems.add(path, Problems.printable(firstLine(e.getOriginalMessage())));
            } catch (RuntimeException e) {
                // The shape check binds each value on its own first, so this is not expected; but a value the
                // JDK refuses (an instant out of range, say) must still be a problem, not a crash.
                if (shape.problems().isEmpty()) {
                    problems.add(path, "is not valid");
                }
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
                    problems.add(each.path(kind) + "._id",
                            Problems.quote(id) + " is also the _id of " + earlier.path(kind));
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
        Set<String> replacedIds = new HashSet<>();
        progress.forEach(each -> replacedIds.add(((DailyProgress) each.document()).id()));
        for (Bound each : progress) {
            DailyProgress day = (DailyProgress) each.document();
            String path = each.path(Collection.DAILY_PROGRESS);
            Bound earlier = seen.putIfAbsent(day.userId() + "\u0000" + day.date(), each);
            if (earlier != null) {
                problems.add(path, "user " + Problems.quote(day.userId()) + " has another document for " + day.date()
                        + " in this file (" + earlier.path(Collection.DAILY_PROGRESS) + "); a day has one document");
                continue;
            }
            stored.apply(day.userId(), day.date())
                    .filter(existing -> !replacedIds.contains(existing.id()))
                    .ifPresent(existing -> problems.add(path, "user " + Problems.quote(day.userId())
                            + " already has a document for " + day.date() + " with _id " + Problems.quote(existing.id())
                            + "; use that _id to replace it"));
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
