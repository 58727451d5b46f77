package app.rune.service.transfer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a file given as a Rune export (JSON) is instead, when its first bytes say so plainly: a CSV file (another
 * app's export, or Rune's own progress CSV), a SQLite database (Loop Habit Tracker's backup) or a ZIP archive.
 * Such a file is refused with that said, rather than with where its first character stops being JSON.
 */
public enum ImportFileKind {
    CSV("a CSV file"),
    SQLITE("a database file (SQLite)"),
    ZIP("a ZIP archive");

    /** How much of a file is looked at: a CSV's header and first line fit in it. */
    private static final int HEAD_BYTES = 8192;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** A ZIP archive begins with a file's header, or, when empty, with the end of its directory. */
    private static final byte[][] ZIP_MAGIC = {{'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'P', 'K', 7, 8}};

    private final String words;

    ImportFileKind(String words) {
        this.words = words;
    }

    /** {@code "a CSV file"}: what the file is, for a sentence. */
    public String words() {
        return words;
    }

    /** What a file's content plainly is other than JSON (only its first {@value #HEAD_BYTES} bytes are looked at). */
    public static Optional<ImportFileKind> of(byte[] head) {
        if (startsWith(head, SQLITE_MAGIC)) {
            return Optional.of(SQLITE);
        }
        for (byte[] zip : ZIP_MAGIC) {
            if (startsWith(head, zip)) {
                return Optional.of(ZIP);
            }
        }
        return looksLikeCsv(head) ? Optional.of(CSV) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * A header line and a first row with the same number of comma-separated fields (at least two), where JSON
     * would begin with a bracket: a letter or a sentence with a comma in it is not taken for a table.
     */
    private static boolean looksLikeCsv(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, HEAD_BYTES), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.isEmpty() || start.charAt(0) == '{' || start.charAt(0) == '[') {
            return false;
        }
        String[] lines = start.split("\r?\n", 3);
        int header = fields(lines[0]);
        if (lines.length < 2 || lines[1].isBlank()) {
            // A header alone: names of columns (user_id,date,task_id), not a sentence with a comma in it.
            return header >= 3 && Arrays.stream(lines[0].split(","))
                    .allMatch(name -> COLUMN_NAME.matcher(name.strip().replace("\"", "")).matches());
        }
        return header >= 2 && fields(lines[1]) == header;
    }

    /** A column's name in a CSV header: a word or a few, no sentence punctuation. */
    private static final Pattern COLUMN_NAME = Pattern.compile("[\\p{L}\\p{N}_ -]{1,40}");

    /** The fields of one CSV line: commas outside double quotes, plus one. */
    private static int fields(String line) {
        int count = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                count++;
            }
        }
        return count;
    }
}
