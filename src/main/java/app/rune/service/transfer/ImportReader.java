package app.rune.service.transfer;

import app.rune.model.Collection;
import app.rune.model.DataSet;
import app.rune.model.StoredDocument;
import app.rune.model.validation.DocumentValidator;
import app.rune.model.validation.Problem;
import app.rune.model.validation.Problems;
import app.rune.model.validation.StoredText;
import app.rune.service.transfer.ImportChecks.Bound;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    private final JsonSyntaxProblems syntax;
    private final DocumentValidator validator = new DocumentValidator();

    public ImportReader(ObjectMapper json) {
        this.json = json;
        this.limited = limited(json.getFactory().copy());
        this.describer = new JsonProblemDescriber(json);
        this.shapes = new ShapeChecker(json, describer);
        this.syntax = new JsonSyntaxProblems(json.getFactory());
    }

    /** {@code factory} with the limits above on what it reads, and duplicate keys refused. */
    static JsonFactory limited(JsonFactory factory) {
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_TEXT_LENGTH)
                .maxNameLength(MAX_NAME_BYTES)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(MAX_FILE_BYTES)
                .maxTokenCount(MAX_TOKENS)
                .build());
        // {"a": 1, "a": 2} does not say which it means; without this Jackson would silently keep the last.
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return factory;
    }

    /**
     * The documents of {@code content}, or every problem with them.
     *
     * <p>The file is read as a stream, one document at a time: each becomes a small tree for its checks and then
     * a model record, and its tree is dropped, so the memory an import takes is about the file and its records
     * rather than a tree of the whole file (several times its size). Equal short texts (user ids, task ids,
     * titles, obstacles, moods) are kept once. A syntax error anywhere is still reported alone, as the file
     * cannot be judged by what it says.
     *
     * @param source name of the file, for messages
     * @param stored what is stored already, for the checks across documents (a day taken under another
     *     {@code _id}, an amount for a task of a stored goal)
     */
    public DataSet read(String source, byte[] content, ImportChecks.Stored stored) throws InvalidImportException {
        if (content.length > MAX_FILE_BYTES) {
            throw tooLarge(source, content.length, MAX_FILE_BYTES);
        }
        refuseBlank(source, content);
        Optional<ImportFileKind> other = ImportFileKind.of(content);
        if (other.isPresent()) {
            throw whole(source, "this is " + other.get().words() + ", not a Rune export (JSON)");
        }
        Problems problems = new Problems(MAX_LISTED_PROBLEMS);
        Map<Collection, List<Bound>> documents = new EnumMap<>(Collection.class);
        try (JsonParser parser = limited.createParser(content)) {
            try {
                readCollections(source, parser, new SharedText(), problems, documents);
                if (parser.nextToken() != null) {
                    throw new InvalidImportException(source, List.of(JsonSyntaxProblems.moreFollows(parser)));
                }
            } catch (StreamConstraintsException e) {
                throw new InvalidImportException(source, List.of(syntax.beyondLimit(e, parser, content)));
            } catch (JsonProcessingException e) {
                throw new InvalidImportException(source, List.of(JsonSyntaxProblems.syntaxError(e, parser)));
            }
        } catch (IOException e) {
            throw whole(source, "cannot be read: " + Problems.printable(firstLine(e.getMessage())));
        }
        ImportChecks.checkAcross(documents, stored, problems);
        if (!problems.isEmpty()) {
            throw new InvalidImportException(source, problems.list(), problems.full());
        }
        Map<Collection, List<StoredDocument>> byKind = new EnumMap<>(Collection.class);
        documents.forEach((kind, bound) -> byKind.put(kind, bound.stream().map(Bound::document).toList()));
        return DataSet.of(byKind);
    }

    /**
     * Reads the file's object: each key a collection, each value a list of documents. Once the problems are
     * full, the rest is still read through (not checked), so that a syntax error further on is what is reported.
     */
    private void readCollections(String source, JsonParser parser, SharedText text, Problems problems,
            Map<Collection, List<Bound>> documents) throws IOException, InvalidImportException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new InvalidImportException(source, List.of(JsonSyntaxProblems.moreFollows(parser)));
            }
            throw whole(source, "expected a JSON object whose keys are collection names ("
                    + String.join(", ", Collection.names()) + ")");
        }
        ObjectReader trees = json.reader().with(text).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            Optional<Collection> kind = Collection.byName(name);
            if (problems.full()) {
                parser.skipChildren();
            } else if (kind.isEmpty()) {
                problems.add(Problems.field("", name),
                        "unknown collection (expected " + String.join(", ", Collection.names()) + ")");
                parser.skipChildren();
            } else if (value != JsonToken.START_ARRAY) {
                problems.add(name, "must be a list of documents");
                parser.skipChildren();
            } else {
                documents.put(kind.get(), readDocuments(kind.get(), parser, trees, problems));
            }
        }
    }

    /** The documents of one collection's list, the parser on its {@code [}; leaves it on the {@code ]}. */
    private List<Bound> readDocuments(Collection kind, JsonParser parser, ObjectReader trees, Problems problems)
            throws IOException {
        List<Bound> bound = new ArrayList<>();
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            String path = Problems.index(kind.collectionName(), i);
            if (problems.full()) {
                parser.skipChildren();
            } else if (parser.currentToken() != JsonToken.START_OBJECT) {
                problems.add(path, "must be an object");
                parser.skipChildren();
            } else {
                ObjectNode document = trees.readTree(parser);
                bind(kind, i, document, problems).ifPresent(bound::add);
            }
        }
        return bound;
    }

    /** Whether {@code content} holds only white space, read without making a text of the whole file. */
    /** Refuses a file with nothing but white space in it. */
    static void refuseBlank(String source, byte[] content) throws InvalidImportException {
        if (blank(content)) {
            throw whole(source, "the file is empty; expected a JSON object such as {\"user_goals\": [...]}");
        }
    }

    private static boolean blank(byte[] content) {
        boolean other = false;
        for (byte b : content) {
            if (b >= 0 && !Character.isWhitespace(b)) {
                return false;
            }
            other |= b < 0;
        }
        // Only bytes of characters beyond ASCII are left to decide by: rare enough to decode.
        return !other || new String(content, StandardCharsets.UTF_8).isBlank();
    }

    /**
     * Makes each text node of the trees it builds share its text with an equal one seen before (up to a limit):
     * a file repeats the same ids, titles and obstacles thousands of times, and the records keep these texts.
     */
    private static final class SharedText extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;
        private static final int LONGEST_SHARED = 64;
        private static final int MOST_KEPT = 100_000;
        private final transient Map<String, String> seen = new HashMap<>();

        @Override
        public TextNode textNode(String text) {
            if (text == null || text.length() > LONGEST_SHARED) {
                return super.textNode(text);
            }
            String shared = seen.size() < MOST_KEPT ? seen.putIfAbsent(text, text) : seen.get(text);
            return super.textNode(shared != null ? shared : text);
        }
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
        } catch (FileSystemException e) {
            if (String.valueOf(e.getReason()).toLowerCase(Locale.ROOT).contains("too many levels of symbolic links")) {
                throw whole(source, "is a symbolic link that leads back to itself (a loop of links), not a file");
            }
            throw e;
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

    static String bytes(long count) {
        long mebibytes = count / (1024 * 1024);
        return count % (1024 * 1024) == 0 && mebibytes > 0
                ? String.format(Locale.ROOT, "%d MiB (%,d bytes)", mebibytes, count)
                : String.format(Locale.ROOT, "%,d bytes", count);
    }

    /** One document checked for shape and rules; bound to its record if it has no problem. */
    private Optional<Bound> bind(Collection kind, int index, ObjectNode node, Problems problems) {
        String path = Problems.index(kind.collectionName(), index);
        ShapeChecker.Result shape = shapes.check(node, kind.documentType(), path);
        problems.addAll(shape.problems());
        if (!shape.cleanable()) {
            return Optional.empty();
        }
        try {
            // With the offending values taken out, the document's own rules can still be checked, except
            // where they would only repeat a problem already reported for the same field.
            StoredDocument document = json.treeToValue(shape.cleaned(), kind.documentType());
            List<Problem> found = validator.validate(document, path).stream()
                    .filter(rule -> shape.problems().stream().noneMatch(p -> covers(p.path(), rule.path())))
                    .toList();
            problems.addAll(found);
            if (found.isEmpty() && shape.problems().isEmpty()) {
                return Optional.of(new Bound(index, document));
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
        return Optional.empty();
    }

    private static boolean covers(String reported, String rule) {
        return rule.equals(reported) || rule.startsWith(reported + ".") || rule.startsWith(reported + "[");
    }

    static InvalidImportException whole(String source, String message) {
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
