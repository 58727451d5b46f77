package app.rune.service.transfer;

import app.rune.model.validation.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems of a CSV file being imported, each at its line, told in the order of the file's lines whatever the
 * order they were found in (a date is checked before the lines are grouped into days, a rating while a day is
 * made). Only the first {@link ImportReader#MAX_LISTED_PROBLEMS} by line are kept, so a file with millions of
 * mistakes cannot fill memory with messages about them.
 */
final class CsvProblems {
    private static final int LIMIT = ImportReader.MAX_LISTED_PROBLEMS;

    private record Found(int line, String message) {
    }

    private final Set<Found> found = new LinkedHashSet<>();
    private boolean full;

    /** @param message the whole message, beginning with where it is ({@code line 7, column difficulty: ...}) */
    void add(int line, String message) {
        found.add(new Found(line, message));
        if (found.size() > 2 * LIMIT) {
            List<Found> first = sorted();
            found.clear();
            found.addAll(first.subList(0, LIMIT));
            full = true;
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** The file refused for these problems; nothing was stored. */
    InvalidImportException refusal(String source) {
        List<Found> all = sorted();
        List<Problem> shown = all.subList(0, Math.min(LIMIT, all.size())).stream()
                .map(f -> new Problem("", f.message())).toList();
        return new InvalidImportException(source, shown, full || all.size() > LIMIT);
    }

    /** By line; a stable sort, so one line's problems stay in the order of its columns as they were checked. */
    private List<Found> sorted() {
        List<Found> all = new ArrayList<>(found);
        all.sort(Comparator.comparingInt(Found::line));
        return all;
    }
}
