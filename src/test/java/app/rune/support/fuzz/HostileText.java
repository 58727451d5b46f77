package app.rune.support.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Text a person (or someone pasting from anywhere) might type into Rune, chosen to break things: names the
 * database or JSON treat specially, control characters and terminal escapes, direction overrides, half a
 * surrogate pair, emoji, right-to-left scripts, and lengths around every limit.
 */
public final class HostileText {
    /** The longest text a document may hold, and one character more. */
    private static final int TEXT_LIMIT = 1024 * 1024;

    private static final List<String> KNOWN = List.of("", " ", "\t", "\n", "_id", "$", "$set", "$where", ".", "a.b",
            "..", "a..b", ".leading", "trailing.", "key", "_revision", "_modified", "day_key", "a\u001Fb", "\u0000",
            "nul\u0000inside", "\u001B[2J\u001B[H", "\u001B]0;owned\u0007", "bell\u0007", "\u009B31mred", "\u0085",
            "\u007F", "\u202Eevil", "\u200Fmark", "\u2066isolate\u2069", "\u2028", "\uFEFFbom", "\u200Bzero",
            "שלום", "مرحبا بالعالم", "日本語の障害", "😀", "👩‍👩‍👧", "🏳️‍🌈", "\uD800", "\uDC00", "half\uD83D",
            "a\r\nb", "\"quoted\"", "back\\slash", "{}", "[]", "null", "true", "0", "-1", "1e400", "<b>x</b>",
            "%s%n%x", "'", "task_1", "ana", "UTC", "   padded   ", "work_overtime");

    private static final String[] POOLS = {
        "abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .$-",
        "\u0000\u0001\u0007\u0008\t\n\u000B\u000C\r\u001B\u001F\u007F\u0080\u0085\u009B\u009F",
        "\u200B\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u2028\u2029\uFEFF\uFFFD",
        "éüßçøåñ日本語中文한국어שלוםمرحبا",
        "\uD83D\uDE00\uD83D\uDCAA\uD83C\uDFC3\u2614\u2764\uFE0F",
        "\uD800\uDBFF\uDC00\uDFFF",
    };

    private HostileText() {
    }

    /** A hostile text: a known troublemaker, a random mix, or one whose length sits on a limit. */
    public static String next(Random random) {
        int kind = random.nextInt(100);
        if (kind < 40) {
            return KNOWN.get(random.nextInt(KNOWN.size()));
        }
        if (kind < 85) {
            return mix(random, random.nextInt(40));
        }
        if (kind < 97) {
            int[] lengths = {999, 1000, 1001, 4000, 4001};
            return "o".repeat(lengths[random.nextInt(lengths.length)]);
        }
        return "n".repeat(TEXT_LIMIT + random.nextInt(2));
    }

    /** {@code length} characters drawn from the pools; one text in five may hold half of a surrogate pair. */
    public static String mix(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        int pools = random.nextInt(5) == 0 ? POOLS.length : POOLS.length - 1;
        for (int i = 0; i < length; i++) {
            String pool = POOLS[random.nextInt(pools)];
            text.append(pool.charAt(random.nextInt(pool.length())));
        }
        return text.toString();
    }
}
