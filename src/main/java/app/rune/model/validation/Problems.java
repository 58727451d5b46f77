package app.rune.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects problems while a validator walks a document, keeping track of where it is. It keeps a limited
 * number, so that a hostile file with millions of bad values cannot fill memory with messages about them;
 * {@link #full()} says when more were dropped.
 */
public final class Problems {
    /** How many problems are kept unless a smaller limit is given: more than any person reads. */
    public static final int DEFAULT_LIMIT = 1_000;
    private static final int SHOWN_LENGTH = 80;
    private final List<Problem> found = new ArrayList<>();
    private final int limit;
    private boolean full;

    public Problems() {
        this(DEFAULT_LIMIT);
    }

    public Problems(int limit) {
        this.limit = limit;
    }

    /** Adds a problem; the same words at the same place (two rules that see one flaw) are said once. */
    public void add(String path, String message) {
        Problem problem = new Problem(path, message);
        if (found.contains(problem)) {
            return;
        }
        if (found.size() < limit) {
            found.add(problem);
        } else {
            full = true;
        }
    }

    public void addAll(Collection<Problem> problems) {
        problems.forEach(p -> add(p.path(), p.message()));
    }

    /** Whether problems were dropped because the limit was reached (or it is reached now). */
    public boolean full() {
        return full || found.size() >= limit;
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * The path of field {@code name} inside {@code path}. The name may come from a file, so it is shown the way
     * {@link #printable} shows text, and an empty name as {@code ""}.
     */
    public static String field(String path, String name) {
        String shown = name.isEmpty() ? "\"\"" : printable(name);
        return path.isEmpty() ? shown : path + "." + shown;
    }

    /** {@code value} in quotes, as {@link #printable} shows it: for messages that repeat what a file said. */
    public static String quote(String value) {
        return "\"" + printable(value) + "\"";
    }

    /**
     * Text from a file made safe to show in a message: characters that would garble a terminal or silently
     * reorder the line (control characters, line separators, direction overrides, half a surrogate pair,
     * invisible or unassigned characters) are
     * written as Java-style unicode escapes, and text longer than 80 characters is cut short.
     */
    public static String printable(String text) {
        return printable(text, SHOWN_LENGTH);
    }

    /** As {@link #printable(String)}, cut short after {@code max} characters rather than 80. */
    public static String printable(String text, int max) {
        String shown = text.length() > max ? text.substring(0, Math.max(0, max - 20)) + "...(" + text.length()
                + " characters)" : text;
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < shown.length()
                    && Character.isLowSurrogate(shown.charAt(i + 1));
            if (pairedSurrogate) {
                out.append(c).append(shown.charAt(++i));
            } else if (hidden(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code c} is one that {@link #printable} escapes: a control character, a line or paragraph
     * separator, a direction mark or override, half of a surrogate pair, an invisible or unassigned character.
     */
    public static boolean hidden(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || type == Character.UNASSIGNED || c == '\uFEFF' || c == '\u200B'
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }
}
