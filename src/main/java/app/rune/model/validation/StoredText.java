package app.rune.model.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What text must be for Rune to store it and read it back from a backup. Both doors hold text to these rules:
 * what a person types (a note, an obstacle, a title) and what an import or restore reads, so whatever Rune
 * accepts it can also restore.
 *
 * <p>A text value may hold any characters (a terminal shows the strange ones escaped) up to
 * {@link #MAX_TEXT_LENGTH}, but only whole ones: half of a surrogate pair cannot be written as UTF-8, and a file's
 * field name holding one is refused by the parser. A <em>name</em> becomes a field name in a stored document (obstacle names and task
 * ids are the keys of the analytics' maps), so it is held to more: not empty, not the database's
 * {@value #RESERVED_NAME}, and at most {@link #MAX_NAME_LENGTH} characters.
 */
public final class StoredText {
    /** Characters in one text value, at most (1 Mi): far beyond any title, note or message. */
    public static final int MAX_TEXT_LENGTH = 1024 * 1024;
    /** Characters in one name, at most: names are Rune's own words, obstacle names and task ids. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** The database keeps this field name for its own numeric ids. */
    public static final String RESERVED_NAME = "_id";

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private StoredText() {
    }

    /** What can be wrong with a text or a name; {@link #describe} says it in words. */
    public enum Flaw { EMPTY, RESERVED, NAME_TOO_LONG, TEXT_TOO_LONG, BROKEN_CHARACTER }

    /** What is wrong with {@code text} as a stored value, if anything. */
    public static Optional<Flaw> valueFlaw(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return Optional.of(Flaw.TEXT_TOO_LONG);
        }
        return brokenAt(text) >= 0 ? Optional.of(Flaw.BROKEN_CHARACTER) : Optional.empty();
    }

    /** Where {@code text} holds half of a surrogate pair, or -1. */
    private static int brokenAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** What is wrong with {@code name} as a name (an obstacle, a task id), if anything; null counts as empty. */
    public static Optional<Flaw> nameFlaw(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Flaw.EMPTY);
        }
        if (RESERVED_NAME.equals(name)) {
            return Optional.of(Flaw.RESERVED);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of(Flaw.NAME_TOO_LONG);
        }
        return valueFlaw(name);
    }

    /** {@link #valueFlaw} in words, to follow the value's path or name. */
    public static Optional<String> valueProblem(String text) {
        return valueFlaw(text).map(flaw -> describe(flaw, text));
    }

    /** {@link #nameFlaw} in words, to follow the name's path. */
    public static Optional<String> nameProblem(String name) {
        return nameFlaw(name).map(flaw -> describe(flaw, name));
    }

    /** What is wrong with {@code value}, in words that follow its path or name ("tasks[0].notes: is ..."). */
    public static String describe(Flaw flaw, String value) {
        int length = value == null ? 0 : value.length();
        return switch (flaw) {
            case EMPTY -> "must not be empty";
            case RESERVED -> "\"" + RESERVED_NAME + "\" is reserved for the database's own ids; use another name";
            case NAME_TOO_LONG -> String.format(Locale.ROOT, "is %,d characters long; a name may have at most %,d",
                    length, MAX_NAME_LENGTH);
            case TEXT_TOO_LONG -> String.format(Locale.ROOT, "is %,d characters long; a text may have at most %,d",
                    length, MAX_TEXT_LENGTH);
            case BROKEN_CHARACTER -> "holds half of a character (an unpaired UTF-16 surrogate at position "
                    + (brokenAt(value) + 1) + "), which cannot be written to a file";
        };
    }

    /**
     * Checks every text in {@code document} (a model record), wherever it is: each value with
     * {@link #valueProblem}, and each key of a map, which becomes a field name, with {@link #nameProblem}.
     */
    static void checkEveryText(Record document, String path, Problems problems) {
        walk(document, path, problems);
    }

    private static void walk(Object value, String path, Problems problems) {
        if (value instanceof String text) {
            valueProblem(text).ifPresent(why -> problems.add(path, why));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), Problems.index(path, i), problems);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String at = Problems.field(path, key);
                nameProblem(key).ifPresent(why -> problems.add(at, why));
                walk(entry.getValue(), at, problems);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : components(record.getClass())) {
                walk(read(component, record), pathOf(path, component), problems);
            }
        }
    }

    private static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of a " + record.getClass(), e);
        }
    }

    /** The component's JSON name, as the export writes it; a value written as its parent's value adds none. */
    private static String pathOf(String path, RecordComponent component) {
        if (component.getAccessor().isAnnotationPresent(JsonValue.class)) {
            return path;
        }
        JsonProperty named = component.getAccessor().getAnnotation(JsonProperty.class);
        String name = named != null && !named.value().isEmpty() ? named.value() : snakeCase(component.getName());
        return Problems.field(path, name);
    }

    private static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }
}
