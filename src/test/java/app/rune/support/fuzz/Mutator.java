package app.rune.support.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Makes hostile variants of a valid JSON file, each described in words so that a failing case can be read and
 * replayed. The file is changed as a tree where that is enough (wrong types, removed keys, colliding ids), and as
 * bytes where a tree cannot say it (a duplicated key, a lone surrogate, invalid UTF-8, 100,000 nested lists, a cut).
 *
 * <p>Everything depends only on the {@link Random} passed in, so a case's seed gives back the same bytes.
 */
public final class Mutator {
    /** What kind of damage a case does; the first mutation of each case is one of these. */
    public enum Kind {
        TRUNCATE(10, true),
        BYTE_FLIP(10, true),
        WRONG_TYPE(12, false),
        REMOVE_KEY(8, false),
        DUPLICATE_KEY(8, false),
        HUGE_STRING(3, false),
        DEEP_NESTING(4, false),
        ODD_UNICODE(10, false),
        ENCODING(5, true),
        NUMBER(10, false),
        DATE_TIME(10, false),
        ID_COLLISION(10, false),
        ODD_KEY(6, false),
        STRUCTURE(4, true);

        private final int weight;
        private final boolean onBytes;

        Kind(int weight, boolean onBytes) {
            this.weight = weight;
            this.onBytes = onBytes;
        }
    }

    private static final int TOTAL_WEIGHT = Arrays.stream(Kind.values()).mapToInt(k -> k.weight).sum();
    private static final Pattern DATE_LIKE = Pattern.compile("^[+-]?\\d{4,}-\\d{2}-\\d{2}.*");
    private static final Pattern TIME_LIKE = Pattern.compile("^\\d{1,2}:\\d{2}.*");
    private static final Pattern ID_FIELD = Pattern.compile("_id|id|task_id|user_id");

    private static final String[] NUMBERS = {
        "1e400", "-1e400", "1e-400", "-0", "-0.0", "0.0", "0e0", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "2147483647", "2147483648", "-2147483648", "-2147483649", "18446744073709551616",
        "1.7976931348623157e308", "1.7976931348623157e309", "4.9e-324", "1E+2", "0.5e1", "3.0", "5.000000000000001",
        "123456789012345678901234567890", "1e2147483648", "1e-2147483649", "0.1e99999", "-1", "6", "1.0e1",
        "NaN", "Infinity", "-Infinity", "0x10", "01", "-01", "1.", "+1", ".5", "1e", "--1", "1_000", "١",
    };

    private static final String[] DATES_AND_TIMES = {
        "2025-02-30", "2025-13-01", "2025-00-10", "2025-06-00", "0000-01-01", "2025-6-28", "28.06.2025",
        "2025-02-29", "2024-02-29", "+10000-01-01", "-0001-01-01", "+999999999-12-31", "-999999999-01-01",
        "9999-12-31", "0001-01-01", "1970-01-01", "2025-06-28T10:00:00Z", "2025-06-28 ", " 2025-06-28",
        "25:61", "24:00", "23:60", "-1:00", "7pm", "20:00:00", "20:00:00.123", "2:00", "20:0", "23:59", "00:00",
        "2025-06-28T25:61:00Z", "2025-02-30T10:00:00Z", "2025-06-28T10:00:00", "2025-06-28T10:00:00+25:00",
        "2025-06-28T10:00:00+14:00", "+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z",
        "+1000000001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
        "2025-06-28T10:00:00.123456789Z", "2025-06-28t10:00:00z", "2025-06-28 10:00:00Z", "2025-06-28T10:00Z",
        "2025-W26-6", "2025-179", "",
    };

    private static final String[] RAW_DATES_AND_TIMES = {
        "1751104800", "1751104800000", "-1", "1e400", "1751104800.5", "[2025, 6, 28]", "[2025, 2, 30]",
        "[20, 0]", "[25, 61]", "[2025, 6, 28, 10, 0]", "{\"year\": 2025}", "[1e400]", "[-999999999999, 1, 1]",
        "1e20", "-1e20", "9223372036854775808",
    };

    private static final String[] ODD_IDS = {
        "", " ", "\t", "a.b", ".", "$", "$where", "_id", "key", "_revision", "__proto__", "ID", "user_id ",
        "\u00a0", "\u3000", "\u202eevil", "\ud83d\ude00", "e\u0301", "\u0130", "null", "0", "-",
    };

    private static final String[] ODD_KEYS = {
        "", " ", "_id", "key", "_revision", "_modified", "_source", "a.b", ".", "..", "$", "$set", "__proto__",
        "constructor", "\ud83d\ude00", "\u00f1", "\u202eid", "\u00a0", "_ID", "Title",
    };

    /** Odd text, as raw bytes between quotes; some are valid JSON, some are not. */
    private static final byte[][] ODD_TEXT = {
        ascii("\\ud800"), ascii("\\udfff"), ascii("a\\udc00b"), ascii("\\ud83d"), ascii("\\ud83d\\ude00"),
        ascii("\\ude00\\ud83d"), ascii("\\u0000"), ascii("a\\u0000b"), ascii("\\u001f"), ascii("\\uFFFF"),
        ascii("\\uFFFE"), ascii("\\uFEFF"), ascii("\\u202E\\u202D"), ascii("\\/\\b\\f\\n\\r\\t"), ascii("\\x41"),
        ascii("\\u12"), ascii("\\"), ascii("\\q"),
        bytes(0x61, 0x00, 0x62), bytes(0x01, 0x1f, 0x7f), bytes(0x09, 0x0a, 0x0d),
        utf8("\u202eabc\u202c"), utf8("\u200f\u200e\u061c"), utf8("\ud83d\ude00"),
        utf8("\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67"), utf8("\ud83c\uddfa\ud83c\udde6"),
        utf8("e\u0301\u0301\u0301"), utf8("\u00a0"), utf8("\u3000"), utf8("\u2028\u2029"), utf8("\ufeff"),
        utf8("\uffff"), utf8("\u0000"), utf8("\u05e9\u05dc\u05d5\u05dd"), utf8("\u0645\u0631\u062d\u0628\u0627"),
        utf8("Z\u0351\u0360\u0361a\u0352\u035fl\u0352g\u0358o"), utf8("\ud834\udd1e"),
        bytes(0xff), bytes(0xfe, 0xff), bytes(0xc0, 0x80), bytes(0xc3, 0x28), bytes(0xed, 0xa0, 0x80),
        bytes(0xed, 0xbf, 0xbf), bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xf8, 0x88, 0x80, 0x80, 0x80),
        bytes(0xe2, 0x82), bytes(0x80), bytes(0xbf, 0xbf), bytes(0xe0, 0x80, 0xaf), bytes(0xf0, 0x9f, 0x98),
    };

    private static final String[] WHOLE_FILES = {
        "", " ", "\n\t\r ", "null", "[]", "{}", "\"text\"", "0", "-0", "true", "{} {}", "{}garbage", "{}]",
        "{\"user_goals\": []}// comment", "/* comment */{}", "{'user_goals': []}", "{user_goals: []}",
        "{\"user_goals\": [],}", "{\"user_goals\": [{},]}", "{\"user_goals\": [null]}", "{\"user_goals\": null}",
        "{\"user_goals\": [[]]}", "{\"user_goals\": [{}]}", "{\"\": []}", "{\"user_goals\": [], \"user_goals\": []}",
        "{\"daily_progress\": [{\"_id\": null}]}", "{\"daily_progress\": [{\"_id\": 1}]}", "\u0000", "{\u0000}",
        "{\"user_goals\": [\"\\ud800\"]}", "{\"user_goals\"\u00a0: []}", "\ufeff{}", "\ufeff\ufeff{}",
    };

    private final ObjectMapper plain = new ObjectMapper();
    private final Map<BaseFile, JsonNode> trees = new HashMap<>();

    /** A new hostile variant of {@code base}. */
    public Mutation mutate(BaseFile base, Random random) {
        Kind main = pick(random);
        return mutate(base, random, main);
    }

    /** A new hostile variant of {@code base} whose first change is of the given kind. */
    public Mutation mutate(BaseFile base, Random random, Kind main) {
        Draft draft = new Draft(tree(base).deepCopy());
        List<String> said = new ArrayList<>();
        if (!main.onBytes) {
            said.add(applyToTree(main, draft, random));
        }
        // Some cases stack a few tree changes, since a real broken file is seldom broken in one place only.
        int extra = random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < extra; i++) {
            Kind more = pickTreeKind(random);
            said.add(applyToTree(more, draft, random));
        }
        boolean pretty = random.nextBoolean();
        byte[] bytes = draft.serialize(pretty);
        if (main.onBytes) {
            ByteChange change = applyToBytes(main, bytes, random);
            bytes = change.bytes;
            said.add(0, change.description);
        }
        return new Mutation(base.name(), main + ": " + String.join("; then ", said)
                + (pretty ? " [indented]" : " [compact]"), bytes);
    }

    /** The kind of a case's first change, by weight. */
    public static Kind pick(Random random) {
        int n = random.nextInt(TOTAL_WEIGHT);
        for (Kind kind : Kind.values()) {
            n -= kind.weight;
            if (n < 0) {
                return kind;
            }
        }
        throw new IllegalStateException();
    }

    private static Kind pickTreeKind(Random random) {
        Kind kind;
        do {
            kind = pick(random);
        } while (kind.onBytes || kind == Kind.HUGE_STRING || kind == Kind.DEEP_NESTING);
        return kind;
    }

    private JsonNode tree(BaseFile base) {
        return trees.computeIfAbsent(base, b -> {
            try {
                return plain.readTree(b.content());
            } catch (IOException e) {
                throw new UncheckedIOException("a base file must be valid JSON: " + b.name(), e);
            }
        });
    }

    // ---------------------------------------------------------------------------------------------- tree changes

    private String applyToTree(Kind kind, Draft draft, Random random) {
        return switch (kind) {
            case WRONG_TYPE -> wrongType(draft, random);
            case REMOVE_KEY -> removeKey(draft, random);
            case DUPLICATE_KEY -> duplicateKey(draft, random);
            case HUGE_STRING -> hugeString(draft, random);
            case DEEP_NESTING -> deepNesting(draft, random);
            case ODD_UNICODE -> oddUnicode(draft, random);
            case NUMBER -> number(draft, random);
            case DATE_TIME -> dateTime(draft, random);
            case ID_COLLISION -> idCollision(draft, random);
            case ODD_KEY -> oddKey(draft, random);
            default -> throw new IllegalArgumentException(kind + " changes bytes, not the tree");
        };
    }

    private String wrongType(Draft draft, Random random) {
        Slot slot = draft.anySlot(random, s -> true);
        if (slot == null) {
            return "nothing to retype";
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode[] values = {
            f.textNode("text"), f.textNode(""), f.numberNode(0), f.numberNode(-1), f.numberNode(3.5), f.booleanNode(true),
            f.booleanNode(false), f.nullNode(), f.arrayNode(), f.arrayNode().add("x"), f.arrayNode().add(1).add(f.objectNode()),
            f.objectNode(), f.objectNode().put("a", 1), f.textNode("true"), f.textNode("5"),
        };
        JsonNode value;
        do {
            value = values[random.nextInt(values.length)];
        } while (value.getNodeType() == slot.value().getNodeType() && value.equals(slot.value()));
        slot.set(value);
        return "wrong type at " + slot.path() + ": " + brief(slot.value()) + " -> " + brief(value);
    }

    private String removeKey(Draft draft, Random random) {
        Slot slot = draft.anySlot(random, s -> s.parent() instanceof ObjectNode);
        if (slot == null) {
            return "nothing to remove";
        }
        ((ObjectNode) slot.parent()).remove(slot.field());
        return "removed " + slot.path();
    }

    private String duplicateKey(Draft draft, Random random) {
        Slot slot = random.nextInt(3) == 0
                ? draft.anySlot(random, s -> "_id".equals(s.field()))
                : draft.anySlot(random, s -> s.parent() instanceof ObjectNode);
        if (slot == null) {
            return "nothing to duplicate";
        }
        ObjectNode parent = (ObjectNode) slot.parent();
        JsonNode second = random.nextBoolean() ? slot.value().deepCopy() : JsonNodeFactory.instance.textNode("other");
        // A tree cannot hold a key twice; a marker key is written and then turned back into the real name.
        String marker = draft.marker(quotedRaw(new byte[0], escaped(slot.field()), new byte[0]));
        Map<String, JsonNode> rebuilt = new LinkedHashMap<>();
        boolean before = random.nextBoolean();
        parent.fields().forEachRemaining(e -> {
            if (before && e.getKey().equals(slot.field())) {
                rebuilt.put(marker, second);
            }
            rebuilt.put(e.getKey(), e.getValue());
            if (!before && e.getKey().equals(slot.field())) {
                rebuilt.put(marker, second);
            }
        });
        parent.removeAll();
        rebuilt.forEach(parent::set);
        return "duplicated key " + slot.path() + " (" + (before ? "before" : "after") + " it, value " + brief(second) + ")";
    }

    private String hugeString(Draft draft, Random random) {
        int size = 1_000_000 + random.nextInt(9_000_001);
        int shape = random.nextInt(4);
        byte[] unit = switch (shape) {
            case 0 -> ascii("a");
            case 1 -> utf8("\u00e9");
            case 2 -> utf8("\ud83d\ude00");
            default -> ascii("7");
        };
        ByteArrayOutputStream raw = new ByteArrayOutputStream(size + 2);
        if (shape != 3) {
            raw.write('"');
        }
        for (int written = 0; written < size; written += unit.length) {
            raw.write(unit, 0, unit.length);
        }
        if (shape != 3) {
            raw.write('"');
        }
        String what = shape == 3 ? "number of " + size + " digits" : "text of " + size + " bytes";
        if (shape != 3 && random.nextInt(5) == 0) {
            Slot slot = draft.anySlot(random, s -> s.parent() instanceof ObjectNode);
            if (slot != null) {
                draft.renameRaw(slot, raw.toByteArray());
                return "key " + slot.path() + " renamed to " + what;
            }
        }
        Slot slot = draft.anySlot(random, s -> s.value().isTextual() || s.value().isNumber());
        if (slot == null) {
            return "nothing to enlarge";
        }
        draft.replaceRaw(slot, raw.toByteArray());
        return "value " + slot.path() + " replaced by " + what;
    }

    private String deepNesting(Draft draft, Random random) {
        int depth = 10_000 + random.nextInt(190_001);
        int shape = random.nextInt(4);
        boolean closed = random.nextInt(4) > 0;
        StringBuilder raw = new StringBuilder(depth * 8);
        String open = switch (shape) {
            case 0 -> "[";
            case 1 -> "{\"a\":";
            case 2 -> "[{\"_id\":";
            default -> "{\"tasks\":[";
        };
        String close = switch (shape) {
            case 0 -> "]";
            case 1 -> "}";
            case 2 -> "}]";
            default -> "]}";
        };
        raw.append(open.repeat(depth)).append(shape == 0 ? "" : "1");
        if (closed) {
            raw.append(close.repeat(depth));
        }
        String what = depth + " levels of " + open + (closed ? "" : " left open");
        if (random.nextInt(10) == 0) {
            draft.root = TextNode.valueOf(draft.marker(raw.toString().getBytes(StandardCharsets.US_ASCII)));
            return "whole file replaced by " + what;
        }
        Slot slot = draft.anySlot(random, s -> true);
        if (slot == null) {
            return "nothing to nest";
        }
        draft.replaceRaw(slot, raw.toString().getBytes(StandardCharsets.US_ASCII));
        return "value " + slot.path() + " replaced by " + what;
    }

    private String oddUnicode(Draft draft, Random random) {
        byte[] odd = ODD_TEXT[random.nextInt(ODD_TEXT.length)];
        String shown = describeBytes(odd);
        if (random.nextInt(5) == 0) {
            Slot slot = draft.anySlot(random, s -> s.parent() instanceof ObjectNode);
            if (slot != null) {
                draft.renameRaw(slot, quotedRaw(new byte[0], odd, new byte[0]));
                return "key " + slot.path() + " renamed to " + shown;
            }
        }
        Slot slot = draft.anySlot(random, s -> s.value().isTextual());
        if (slot == null) {
            return "no text to spoil";
        }
        String text = slot.value().textValue();
        int at = random.nextInt(text.length() + 1);
        boolean replace = random.nextInt(3) == 0;
        byte[] before = replace ? new byte[0] : escaped(text.substring(0, at));
        byte[] after = replace ? new byte[0] : escaped(text.substring(at));
        draft.replaceRaw(slot, quotedRaw(before, odd, after));
        return (replace ? "text " + slot.path() + " replaced by " : "inserted into " + slot.path() + " at " + at + ": ") + shown;
    }

    private String number(Draft draft, Random random) {
        Slot slot = random.nextInt(10) < 7 ? draft.anySlot(random, s -> s.value().isNumber()) : null;
        if (slot == null) {
            slot = draft.anySlot(random, s -> true);
        }
        if (slot == null) {
            return "no value to renumber";
        }
        String raw;
        int choice = random.nextInt(NUMBERS.length + 3);
        if (choice == NUMBERS.length) {
            raw = "1" + "0".repeat(150 + random.nextInt(100));
        } else if (choice == NUMBERS.length + 1) {
            raw = "0." + "3".repeat(1000 + random.nextInt(2000));
        } else if (choice == NUMBERS.length + 2) {
            raw = "-" + "9".repeat(1001 + random.nextInt(5000));
        } else {
            raw = NUMBERS[choice];
        }
        draft.replaceRaw(slot, raw.getBytes(StandardCharsets.UTF_8));
        return "number at " + slot.path() + ": " + brief(slot.value()) + " -> " + abbreviate(raw);
    }

    private String dateTime(Draft draft, Random random) {
        Slot slot = draft.anySlot(random, s -> s.value().isTextual()
                && (DATE_LIKE.matcher(s.value().textValue()).matches() || TIME_LIKE.matcher(s.value().textValue()).matches()));
        if (slot == null) {
            return "no date or time to spoil";
        }
        if (random.nextInt(4) == 0) {
            String raw = RAW_DATES_AND_TIMES[random.nextInt(RAW_DATES_AND_TIMES.length)];
            draft.replaceRaw(slot, raw.getBytes(StandardCharsets.UTF_8));
            return "date/time at " + slot.path() + ": " + brief(slot.value()) + " -> " + raw;
        }
        String value = DATES_AND_TIMES[random.nextInt(DATES_AND_TIMES.length)];
        slot.set(TextNode.valueOf(value));
        return "date/time at " + slot.path() + ": " + brief(slot.value()) + " -> \"" + value + "\"";
    }

    private String idCollision(Draft draft, Random random) {
        int way = random.nextInt(6);
        if (way == 0) {
            // Two documents of one collection with one _id.
            Slot a = draft.anySlot(random, s -> "_id".equals(s.field()));
            Slot b = a == null ? null : draft.anySlot(random, s -> "_id".equals(s.field()) && s != a
                    && topLevel(s.path()).equals(topLevel(a.path())));
            if (b == null) {
                return "no two documents to collide";
            }
            b.set(a.value().deepCopy());
            return "_id collision: " + b.path() + " set to " + brief(a.value()) + " as at " + a.path();
        }
        if (way == 1) {
            // A whole document twice in its collection.
            Slot doc = draft.anySlot(random, s -> s.value().isObject() && s.path().matches("[a-z_]+\\[\\d+]"));
            if (doc == null) {
                return "no document to repeat";
            }
            ((ArrayNode) doc.parent()).insert(doc.index() + 1, doc.value().deepCopy());
            return "document " + doc.path() + " repeated after itself";
        }
        if (way == 2) {
            // Two days of one user with the same date, or one day moved onto a stored day under a new _id.
            Slot date = draft.anySlot(random, s -> "date".equals(s.field()) && s.path().startsWith("daily_progress["));
            if (date == null) {
                return "no day to collide";
            }
            if (random.nextBoolean()) {
                ObjectNode day = (ObjectNode) date.parent();
                day.put("_id", day.path("_id").asText() + "-copy");
                return "daily_progress collision: " + date.path() + " kept its user and date under a new _id";
            }
            Slot other = draft.anySlot(random, s -> "date".equals(s.field()) && s.path().startsWith("daily_progress[")
                    && s != date);
            if (other == null) {
                return "no second day to collide";
            }
            ((ObjectNode) other.parent()).set("user_id", date.parent().path("user_id").deepCopy());
            other.set(date.value().deepCopy());
            return "daily_progress collision: " + other.path() + " set to the user and date of " + date.path();
        }
        if (way == 3) {
            // Two tasks of one goal, or two entries of one day, with one id.
            Slot id = draft.anySlot(random, s -> ("id".equals(s.field()) || "task_id".equals(s.field()))
                    && s.value().isTextual());
            if (id == null) {
                return "no task id to collide";
            }
            if (!(draft.parentOf(id.parent()) instanceof ArrayNode array)) {
                return "no list of tasks around " + id.path();
            }
            if (array.size() > 1) {
                for (JsonNode sibling : array) {
                    if (sibling != id.parent() && sibling.has(id.field())) {
                        String was = sibling.path(id.field()).asText();
                        ((ObjectNode) sibling).set(id.field(), id.value().deepCopy());
                        return "task id collision: a sibling of " + id.path() + " changed from \"" + was + "\" to "
                                + brief(id.value());
                    }
                }
            }
            array.add(id.parent().deepCopy());
            return "task id collision: " + id.path() + "'s entry repeated";
        }
        Slot id = draft.anySlot(random, s -> s.field() != null && ID_FIELD.matcher(s.field()).matches());
        if (id == null) {
            return "no id to spoil";
        }
        if (way == 4) {
            String odd = ODD_IDS[random.nextInt(ODD_IDS.length)];
            id.set(TextNode.valueOf(odd));
            return "odd id at " + id.path() + ": " + brief(TextNode.valueOf(odd));
        }
        String raw = switch (random.nextInt(4)) {
            case 0 -> "\"" + "x".repeat(10_000 + random.nextInt(100_000)) + "\"";
            case 1 -> "\"\\u0000\"";
            case 2 -> "\"\\ud800\"";
            default -> "\"a\\u0000b\"";
        };
        draft.replaceRaw(id, raw.getBytes(StandardCharsets.UTF_8));
        return "odd id at " + id.path() + ": " + abbreviate(raw);
    }

    private String oddKey(Draft draft, Random random) {
        boolean inMap = random.nextBoolean();
        Slot slot = inMap ? draft.anySlot(random, s -> s.parent() instanceof ObjectNode
                && (s.path().contains(".common_obstacles.") || s.path().contains(".task_difficulty_trends.")))
                : null;
        if (slot == null) {
            slot = draft.anySlot(random, s -> s.parent() instanceof ObjectNode);
        }
        if (slot == null) {
            return "no key to rename";
        }
        String key = random.nextInt(6) == 0 ? "k".repeat(10_000 + random.nextInt(60_000)) : ODD_KEYS[random.nextInt(ODD_KEYS.length)];
        ObjectNode parent = (ObjectNode) slot.parent();
        Map<String, JsonNode> rebuilt = new LinkedHashMap<>();
        String field = slot.field();
        parent.fields().forEachRemaining(e -> rebuilt.put(e.getKey().equals(field) ? key : e.getKey(), e.getValue()));
        parent.removeAll();
        rebuilt.forEach(parent::set);
        return "key " + slot.path() + " renamed to " + brief(TextNode.valueOf(key));
    }

    // --------------------------------------------------------------------------------------------- byte changes

    private record ByteChange(byte[] bytes, String description) {
    }

    private ByteChange applyToBytes(Kind kind, byte[] bytes, Random random) {
        return switch (kind) {
            case TRUNCATE -> {
                int at = random.nextInt(Math.max(1, bytes.length));
                yield new ByteChange(Arrays.copyOf(bytes, at), "cut after byte " + at + " of " + bytes.length);
            }
            case BYTE_FLIP -> byteFlip(bytes, random);
            case ENCODING -> encoding(bytes, random);
            case STRUCTURE -> structure(bytes, random);
            default -> throw new IllegalArgumentException(kind + " changes the tree, not bytes");
        };
    }

    private static ByteChange byteFlip(byte[] bytes, Random random) {
        List<Byte> list = new ArrayList<>(bytes.length + 8);
        for (byte b : bytes) {
            list.add(b);
        }
        int changes = 1 + random.nextInt(8);
        List<String> said = new ArrayList<>();
        byte[] structural = ascii("{}[]:,\"\\ \u007f0-.eE");
        for (int i = 0; i < changes && !list.isEmpty(); i++) {
            int at = random.nextInt(list.size());
            switch (random.nextInt(5)) {
                case 0 -> {
                    int bit = random.nextInt(8);
                    list.set(at, (byte) (list.get(at) ^ (1 << bit)));
                    said.add("bit " + bit + " of byte " + at + " flipped");
                }
                case 1 -> {
                    byte b = (byte) random.nextInt(256);
                    list.set(at, b);
                    said.add("byte " + at + " set to 0x" + Integer.toHexString(b & 0xff));
                }
                case 2 -> {
                    list.remove(at);
                    said.add("byte " + at + " deleted");
                }
                case 3 -> {
                    byte b = structural[random.nextInt(structural.length)];
                    list.add(at, b);
                    said.add("0x" + Integer.toHexString(b & 0xff) + " inserted at " + at);
                }
                default -> {
                    byte b = structural[random.nextInt(structural.length)];
                    list.set(at, b);
                    said.add("byte " + at + " set to '" + (char) b + "'");
                }
            }
        }
        byte[] out = new byte[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return new ByteChange(out, String.join(", ", said));
    }

    private ByteChange encoding(byte[] bytes, Random random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int way = random.nextInt(12);
        return switch (way) {
            case 0 -> new ByteChange(concat(bytes(0xfe, 0xff), text.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE with BOM");
            case 1 -> new ByteChange(concat(bytes(0xff, 0xfe), text.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE with BOM");
            case 2 -> new ByteChange(text.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE without BOM");
            case 3 -> new ByteChange(text.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE without BOM");
            case 4 -> new ByteChange(text.getBytes(Charset.forName("UTF-32BE")), "UTF-32BE");
            case 5 -> new ByteChange(text.getBytes(Charset.forName("UTF-32LE")), "UTF-32LE");
            case 6 -> new ByteChange(concat(bytes(0xef, 0xbb, 0xbf), bytes), "UTF-8 with BOM");
            case 7 -> new ByteChange(concat(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), bytes), "UTF-8 with two BOMs");
            case 8 -> new ByteChange(concat(bytes(0xff, 0xfe), bytes), "UTF-16LE BOM before UTF-8");
            case 9 -> {
                String accented = text.replace("a", "\u00e1");
                yield new ByteChange(accented.getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1 with every a as \u00e1");
            }
            case 10 -> new ByteChange(concat(bytes, new byte[1 + random.nextInt(16)]), "NUL bytes after the end");
            default -> new ByteChange(text.replace("\n", "\r\n").replace(" ", "\t").getBytes(StandardCharsets.UTF_8),
                    "CRLF line ends and tabs");
        };
    }

    private static ByteChange structure(byte[] bytes, Random random) {
        int way = random.nextInt(WHOLE_FILES.length + 4);
        if (way < WHOLE_FILES.length) {
            String file = WHOLE_FILES[way];
            return new ByteChange(file.getBytes(StandardCharsets.UTF_8), "whole file replaced by " + abbreviate(
                    TextNode.valueOf(file).toString()));
        }
        return switch (way - WHOLE_FILES.length) {
            case 0 -> new ByteChange(concat(bytes, bytes), "file written twice");
            case 1 -> new ByteChange(concat(ascii("["), concat(bytes, ascii("]"))), "file wrapped in a list");
            case 2 -> new ByteChange(concat(bytes, ascii("}")), "an extra } at the end");
            default -> new ByteChange(concat(ascii("{\"user_goals\": "), concat(bytes, ascii("}"))),
                    "file nested inside user_goals");
        };
    }

    // ------------------------------------------------------------------------------------------------- the draft

    /** A place in the tree holding a value, with the path a validation message would use for it. */
    private record Slot(JsonNode parent, String field, int index, String path, JsonNode value) {
        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(field, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }

    /** The tree being changed, plus raw bytes that replace marker strings once it is written out. */
    private final class Draft {
        private JsonNode root;
        private final Map<String, byte[]> raw = new LinkedHashMap<>();

        Draft(JsonNode root) {
            this.root = root;
        }

        String marker(byte[] replacement) {
            String marker = "@@fuzz-" + raw.size() + "@@";
            raw.put(marker, replacement);
            return marker;
        }

        void replaceRaw(Slot slot, byte[] replacement) {
            slot.set(TextNode.valueOf(marker(replacement)));
        }

        void renameRaw(Slot slot, byte[] quotedName) {
            ObjectNode parent = (ObjectNode) slot.parent();
            String marker = marker(quotedName);
            Map<String, JsonNode> rebuilt = new LinkedHashMap<>();
            parent.fields().forEachRemaining(e -> rebuilt.put(e.getKey().equals(slot.field()) ? marker : e.getKey(),
                    e.getValue()));
            parent.removeAll();
            rebuilt.forEach(parent::set);
        }

        Slot anySlot(Random random, Predicate<Slot> wanted) {
            List<Slot> all = new ArrayList<>();
            collect(root, null, null, -1, "", all);
            List<Slot> matching = all.stream().filter(wanted).toList();
            return matching.isEmpty() ? null : matching.get(random.nextInt(matching.size()));
        }

        JsonNode parentOf(JsonNode child) {
            List<Slot> all = new ArrayList<>();
            collect(root, null, null, -1, "", all);
            return all.stream().filter(s -> s.value() == child).map(Slot::parent).findFirst().orElse(null);
        }

        private void collect(JsonNode node, JsonNode parent, String field, int index, String path, List<Slot> out) {
            if (parent != null) {
                out.add(new Slot(parent, field, index, path, node));
            }
            if (node instanceof ObjectNode object) {
                object.fields().forEachRemaining(e -> collect(e.getValue(), object, e.getKey(), -1,
                        path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    collect(array.get(i), array, null, i, path + "[" + i + "]", out);
                }
            }
        }

        byte[] serialize(boolean pretty) {
            byte[] written;
            try {
                written = pretty ? plain.writerWithDefaultPrettyPrinter().writeValueAsBytes(root)
                        : plain.writeValueAsBytes(root);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            for (Map.Entry<String, byte[]> each : raw.entrySet()) {
                written = replaceAll(written, ascii("\"" + each.getKey() + "\""), each.getValue());
            }
            return written;
        }
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private byte[] escaped(String text) {
        try {
            byte[] quoted = plain.writeValueAsBytes(text);
            return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] quotedRaw(byte[] before, byte[] middle, byte[] after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('"');
        out.writeBytes(before);
        out.writeBytes(middle);
        out.writeBytes(after);
        out.write('"');
        return out.toByteArray();
    }

    private static byte[] replaceAll(byte[] haystack, byte[] needle, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(haystack.length + replacement.length);
        int from = 0;
        for (int at = indexOf(haystack, needle, 0); at >= 0; at = indexOf(haystack, needle, from)) {
            out.write(haystack, from, at - from);
            out.writeBytes(replacement);
            from = at + needle.length;
        }
        out.write(haystack, from, haystack.length - from);
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String topLevel(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }

    private static String brief(JsonNode value) {
        return value == null ? "nothing" : abbreviate(value.toString());
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 60) + "...(" + text.length() + " chars)" : text;
    }

    private static String describeBytes(byte[] raw) {
        StringBuilder out = new StringBuilder();
        for (byte b : raw) {
            int v = b & 0xff;
            out.append(v >= 0x20 && v < 0x7f ? String.valueOf((char) v) : String.format("<%02x>", v));
        }
        return out.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
