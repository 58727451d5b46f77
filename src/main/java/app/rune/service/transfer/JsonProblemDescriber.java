package app.rune.service.transfer;

import app.rune.model.validation.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns Jackson's binding errors into the words and paths a person can act on:
 * {@code daily_progress[3].tasks[1].difficulty_rating: expected a whole number, got "high"}.
 */
final class JsonProblemDescriber {
    private final ObjectMapper json;

    JsonProblemDescriber(ObjectMapper json) {
        this.json = json;
    }

    /** The path inside the document where binding failed, starting with {@code base} (e.g. {@code user_goals[0]}). */
    String path(String base, JsonMappingException e) {
        String path = base;
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path = Problems.field(path, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path = Problems.index(path, ref.getIndex());
            }
        }
        return path;
    }

    /** What is wrong, given the document's tree so the offending value can be quoted. */
    String message(JsonMappingException e, JsonNode document) {
        JsonNode value = valueAt(document, e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field (expected one of " + String.join(", ", known(unknown.getKnownPropertyIds())) + ")";
        }
        if (e instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
                // The model's own words, which may quote the value as the file had it.
                return Problems.printable(firstLine(cause.getMessage()), 200);
            }
            if (cause instanceof NullPointerException) {
                return "a list must not contain null";
            }
            return "is not valid";
        }
        if (e instanceof InvalidFormatException format) {
            return quote(value) + " " + invalidFormat(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            if (value != null && value.isNull()) {
                return "must not be null";
            }
            return "expected " + expected(target) + ", got " + describe(value);
        }
        if (e.getCause() instanceof InputCoercionException) {
            return describe(value) + " is out of range";
        }
        return firstLine(e.getOriginalMessage());
    }

    /** For a value refused below Jackson's binding: a number too large for its field, say. */
    String outOfRange(JsonNode value, Class<?> target) {
        return value != null && value.isNumber() ? describe(value) + " is out of range for " + expected(target)
                : describe(value) + " is not " + expected(target);
    }

    private String invalidFormat(Class<?> target) {
        if (target != null && target.isEnum()) {
            return "is not one of " + Arrays.stream(target.getEnumConstants()).map(this::jsonName)
                    .collect(Collectors.joining(", "));
        }
        return "is not " + expected(target);
    }

    private String jsonName(Object constant) {
        try {
            return json.writeValueAsString(constant).replace("\"", "");
        } catch (JsonProcessingException e) {
            return String.valueOf(constant);
        }
    }

    static String expected(Class<?> target) {
        if (target == null) {
            return "another kind of value";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (target == Double.class || target == double.class || target == BigDecimal.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        if (target == LocalDate.class) {
            return "a date (YYYY-MM-DD, e.g. 2025-06-28)";
        }
        if (target == LocalTime.class) {
            return "a time of day (HH:mm, e.g. 20:00)";
        }
        if (target == Instant.class) {
            return "a date and time (e.g. 2025-06-28T08:30:00Z)";
        }
        if (target.isEnum()) {
            return "one of the listed words";
        }
        if (target.isRecord() || Map.class.isAssignableFrom(target)) {
            return "an object";
        }
        return "another kind of value";
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "something else";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        return quote(value);
    }

    private static String quote(JsonNode value) {
        if (value == null) {
            return "the value";
        }
        if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            // 1e400 is read as Infinity, which Jackson would print as "Infinity": not what the file said.
            return "a number too large to hold";
        }
        String text = value.toString();
        return Problems.printable(text.length() > 60 ? text.substring(0, 57) + "...\"" : text);
    }

    private static JsonNode valueAt(JsonNode document, JsonMappingException e) {
        JsonNode node = document;
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (node == null) {
                return null;
            }
            node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
        }
        return node;
    }

    private static List<String> known(Collection<Object> ids) {
        return ids == null ? List.of() : ids.stream().map(String::valueOf).sorted().toList();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "is not valid";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
