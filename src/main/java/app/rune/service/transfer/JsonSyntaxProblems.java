package app.rune.service.transfer;

import app.rune.model.validation.Problem;
import app.rune.model.validation.Problems;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with an import file as JSON, before any document in it is looked at: a syntax error or a value
 * beyond the import's limits, said in plain words with the line, column and path where the parser stopped.
 */
final class JsonSyntaxProblems {
    private final JsonFactory names;

    /** @param factory Rune's JSON factory, which reads a name again (without the name limit) to show it */
    JsonSyntaxProblems(JsonFactory factory) {
        this.names = factory.copy();
        names.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(ImportReader.MAX_TEXT_LENGTH).build());
    }

    /** More than one JSON value in the file. */
    static Problem moreFollows(JsonParser parser) {
        return new Problem("", "not valid JSON (" + where(parser.currentTokenLocation())
                + "): more follows the end of the first JSON value; a file holds one object");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A value deeper, longer or larger than the limits: said in those terms, with where it is. */
    Problem beyondLimit(StreamConstraintsException e, JsonParser parser, byte[] content) {
        String said = e.getMessage() == null ? "" : e.getMessage();
        String what;
        String path = pathOf(parser.getParsingContext());
        if (said.startsWith("Document nesting depth")) {
            what = "lists and objects are nested more than " + ImportReader.MAX_NESTING_DEPTH + " deep";
        } else if (said.startsWith("String value length") && inNumber(content,
                e.getLocation() != null ? e.getLocation() : parser.currentLocation())) {
            // A number of a million digits fills the parser's text buffer before its number limit is looked at.
            what = "a number is longer than " + ImportReader.MAX_NUMBER_LENGTH + " characters";
        } else if (said.startsWith("String value length")) {
            what = String.format(Locale.ROOT, "a text value is longer than %,d characters", ImportReader.MAX_TEXT_LENGTH);
        } else if (said.startsWith("Name length")) {
            what = String.format(Locale.ROOT, "a field name is longer than %,d characters", ImportReader.MAX_NAME_LENGTH);
            // The parser is still on the name before the long one, which it has not finished reading.
            path = Problems.field(pathOf(parser.getParsingContext(), false),
                    nameAround(content, parser.currentLocation()));
        } else if (said.startsWith("Number value length")) {
            what = "a number is longer than " + ImportReader.MAX_NUMBER_LENGTH + " characters";
        } else if (said.startsWith("Token count")) {
            what = String.format(Locale.ROOT, "the file holds more than %,d values, brackets and names", ImportReader.MAX_TOKENS);
        } else if (said.startsWith("Document length")) {
            what = "the file is larger than " + ImportReader.bytes(ImportReader.MAX_FILE_BYTES);
        } else {
            what = "the file goes beyond what an import may hold";
        }
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return new Problem(path, what + " (" + where(at) + ")");
    }

    /**
     * Whether the parser stopped at {@code at} inside a number rather than a text: going back over the characters a
     * number is made of, what comes before them is not a quote.
     */
    private static boolean inNumber(byte[] content, JsonLocation at) {
        long offset = at == null ? -1 : Math.min(at.getByteOffset(), content.length) - 1;
        if (offset < 0) {
            return false;
        }
        int i = (int) offset;
        while (i >= 0 && "0123456789.-+eE".indexOf(content[i]) >= 0) {
            i--;
        }
        return i < (int) offset && (i < 0 || content[i] != '"');
    }

    /**
     * The field name the parser was reading when it stopped at {@code stop} (inside the name, or just after its
     * closing quote), read again without the name limit so a message can show its beginning; described instead
     * when it cannot be.
     */
    private String nameAround(byte[] content, JsonLocation stop) {
        String unknown = "(a name of more than " + ImportReader.MAX_NAME_LENGTH + " characters)";
        int open = stop == null ? -1 : quoteBefore(content, (int) Math.min(stop.getByteOffset(), content.length));
        if (open >= 0 && colonFollows(content, open + 1)) {
            open = quoteBefore(content, open); // that was the closing quote
        }
        if (open < 0) {
            return unknown;
        }
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
    static Problem syntaxError(JsonProcessingException e, JsonParser parser) {
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

    /** Jackson's description of a syntax error in plain words; else without the parts meant for programmers. */
    private static String plainWords(String message) {
        String text = firstLine(message);
        String words = JsonSyntaxWords.of(text);
        if (words != null) {
            return words;
        }
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

    static String where(JsonLocation at) {
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

}
