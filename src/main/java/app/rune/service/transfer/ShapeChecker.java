package app.rune.service.transfer;

import app.rune.model.validation.Problem;
import app.rune.model.validation.Problems;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a document's JSON against the shape of its model type, field by field, so that one file with ten
 * mistakes gets ten messages rather than one. Jackson stops at the first error of a document; this walks the
 * whole tree with Jackson's own view of each type (names, element types) and binds each value on its own.
 */
final class ShapeChecker {
    private final ObjectMapper json;
    private final JsonProblemDescriber describer;
    private final Map<JavaType, Map<String, JavaType>> propertiesByType = new HashMap<>();

    ShapeChecker(ObjectMapper json, JsonProblemDescriber describer) {
        this.json = json;
        this.describer = describer;
    }

    /** The outcome: problems found, and a copy of the document with every offending field taken out. */
    record Result(List<Problem> problems, ObjectNode cleaned, boolean cleanable) {
    }

    Result check(ObjectNode document, Class<?> type, String path) {
        ObjectNode copy = document.deepCopy();
        Problems problems = new Problems();
        boolean[] cleanable = {true};
        walk(copy, null, null, json.constructType(type), path, problems, cleanable);
        return new Result(problems.list(), copy, cleanable[0]);
    }

    /**
     * Checks {@code node}; a bad value is removed from {@code parent} (by {@code name}) so the rest of the
     * document can still be checked by its rules. A bad list element cannot be removed without shifting the
     * positions in later messages, so it marks the document as not cleanable instead.
     */
    private void walk(JsonNode node, ObjectNode parent, String name, JavaType type, String path, Problems problems,
            boolean[] cleanable) {
        if (node.isNull()) {
            if (type.isPrimitive()) {
                reject(parent, name, path, "must not be null", problems, cleanable);
            }
            return;
        }
        if (type.isCollectionLikeType()) {
            if (!node.isArray()) {
                reject(parent, name, path, "expected a list, got " + kind(node), problems, cleanable);
                return;
            }
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), null, null, type.getContentType(), Problems.index(path, i), problems, cleanable);
            }
            return;
        }
        if (type.isMapLikeType()) {
            if (!node.isObject()) {
                reject(parent, name, path, "expected an object, got " + kind(node), problems, cleanable);
                return;
            }
            ObjectNode object = (ObjectNode) node;
            for (String key : fieldNames(object)) {
                walk(object.get(key), object, key, type.getContentType(), Problems.field(path, key), problems, cleanable);
            }
            return;
        }
        if (isComposite(type.getRawClass())) {
            if (!node.isObject()) {
                reject(parent, name, path, "expected an object, got " + kind(node), problems, cleanable);
                return;
            }
            ObjectNode object = (ObjectNode) node;
            Map<String, JavaType> properties = properties(type);
            for (String key : fieldNames(object)) {
                JavaType propertyType = properties.get(key);
                String at = Problems.field(path, key);
                if (propertyType == null) {
                    reject(object, key, at, "unknown field (expected one of "
                            + String.join(", ", properties.keySet().stream().sorted().toList()) + ")", problems, cleanable);
                } else {
                    walk(object.get(key), object, key, propertyType, at, problems, cleanable);
                }
            }
            return;
        }
        Optional<String> form = TimeForms.problem(type.getRawClass(), node);
        if (form.isPresent()) {
            reject(parent, name, path, form.get(), problems, cleanable);
            return;
        }
        try {
            json.readerFor(type).readValue(node);
        } catch (JsonMappingException e) {
            reject(parent, name, path, describer.message(e, node), problems, cleanable);
        } catch (IOException | RuntimeException e) {
            // A number too large for its field (InputCoercionException), or a value a deserializer let the JDK
            // refuse, e.g. an instant given as the number 1e400 (NumberFormatException) or as -1e20 seconds
            // (DateTimeException): still just a wrong value.
            reject(parent, name, path, describer.outOfRange(node, type.getRawClass()), problems, cleanable);
        }
    }

    private static void reject(ObjectNode parent, String name, String path, String message, Problems problems,
            boolean[] cleanable) {
        problems.add(path, message);
        if (parent != null) {
            parent.remove(name);
        } else {
            cleanable[0] = false;
        }
    }

    /** Records and plain classes are objects with named fields; a type with a {@code @JsonValue} is one value. */
    private static boolean isComposite(Class<?> raw) {
        if (raw.isEnum() || raw.isPrimitive() || raw.getName().startsWith("java.")) {
            return false;
        }
        return Arrays.stream(raw.getMethods()).noneMatch(m -> m.isAnnotationPresent(JsonValue.class));
    }

    private Map<String, JavaType> properties(JavaType type) {
        return propertiesByType.computeIfAbsent(type, t -> {
            BeanDescription description = json.getDeserializationConfig().introspect(t);
            Map<String, JavaType> byName = new HashMap<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (property.hasConstructorParameter() || property.hasSetter() || property.hasField()) {
                    byName.put(property.getName(), property.getPrimaryType());
                }
            }
            return byName;
        });
    }

    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.toString();
    }
}
