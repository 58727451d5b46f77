package app.rune.service.transfer;

import app.rune.model.DataSet;
import app.rune.store.Store;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The daily progress as a CSV file for spreadsheets: everyone's, or one person's. Used by
 * {@code rune export --csv FILE}, and small enough to call from an Export button in the app.
 *
 * <p>The file, for the people who open it:
 * <ul>
 * <li>One row per task entry of a {@code daily_progress} day, with that day's check-in (rating, mood, rest day)
 *     repeated beside each. A day with a check-in but no task entries still gets one row, its task columns empty,
 *     so nothing recorded is left out. Rows are sorted by user, date, then the task's place in the goal.</li>
 * <li>Columns, in this order: {@code user_id, date, task_id, title, completed, completion_time, difficulty,
 *     satisfaction, skip_reason, obstacles, notes, day_rating, mood, rest_day, amount, unit, day_notes}
 *     ({@link ProgressCsv#COLUMNS}); {@code amount} and {@code unit} are a measurable task's amount that day;
 *     {@code day_notes} are the day's notes that belong to no task (brought from another tracker).</li>
 * <li>{@code completion_time} is on the person's own clock (the time zone in their preferences, else this
 *     computer's), written {@code yyyy-MM-dd HH:mm} without seconds or offset, e.g. {@code 2026-11-25 19:05}:
 *     the form Excel, LibreOffice and Google Sheets read as a date and time, which an ISO-8601 instant with a
 *     {@code T} and {@code Z} is not. {@code date} is {@code yyyy-MM-dd}. The two can differ when a task was
 *     ticked off after midnight.</li>
 * <li>{@code obstacles} are joined with {@code "; "}; {@code completed} and {@code rest_day} are {@code true} or
 *     {@code false}; an absent value is an empty cell.</li>
 * <li>RFC 4180: a header row, CRLF line ends, a field with a comma, quote or line break in quotes, quotes
 *     doubled. UTF-8 with a byte-order mark, without which Excel reads the file in the computer's legacy code
 *     page and garbles every accent and emoji.</li>
 * <li>A text cell that begins with {@code = + - @} (or a tab or carriage return) gets a single quote in front, so
 *     a note such as {@code =SUM(A1)} stays text instead of running as a formula (OWASP's advice against CSV
 *     injection; see {@link SpreadsheetText}).</li>
 * </ul>
 *
 * <p>The file is written through a temporary file beside it and one atomic rename: a failed export leaves no
 * partial file behind, and an existing file is either the old export or the complete new one.
 */
public final class CsvExportService {
    private final Store store;
    private final Clock clock;
    private final ProgressCsv csv = new ProgressCsv();

    /** What an export wrote: rows for task entries, and rows for days with a check-in but no task entries. */
    public record Summary(int taskEntries, int checkInOnlyDays) {
        public int rows() {
            return taskEntries + checkInOnlyDays;
        }
    }

    /** @param clock its zone is the time zone of people who have not chosen one */
    public CsvExportService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The rows an export of every person would write, in the file's order. */
    public List<ProgressRow> rows() {
        return ProgressRows.of(store.readAll(), clock);
    }

    /** The rows of one person, in the file's order; none for an id without progress. */
    public List<ProgressRow> rows(String userId) {
        // Only this person's documents: their goal (for titles), their preferences (for the zone), their days.
        DataSet theirs = new DataSet(store.userGoals().findById(userId).stream().toList(),
                store.dailyProgress().findByUser(userId), store.userPreferences().findById(userId).stream().toList(),
                null, null);
        return ProgressRows.of(theirs, clock);
    }

    /**
     * Writes the progress of every person in the data folder to {@code file}.
     *
     * @throws InvalidExportTargetException when {@code file} cannot be written: a folder, a missing folder, a
     *         read-only file or a folder Rune may not write in; nothing was written
     * @throws IOException when the file system fails otherwise (a full disk, say); {@code file} is unchanged
     */
    public Summary writeTo(Path file) throws InvalidExportTargetException, IOException {
        checkTarget(file);
        return write(file, rows());
    }

    /**
     * Writes the progress of the person {@code userId} to {@code file}: only the header when they have none.
     *
     * @throws InvalidExportTargetException as {@link #writeTo(Path)}
     * @throws IOException as {@link #writeTo(Path)}
     */
    public Summary writeTo(Path file, String userId) throws InvalidExportTargetException, IOException {
        checkTarget(file);
        return write(file, rows(userId));
    }

    private Summary write(Path file, List<ProgressRow> rows) throws InvalidExportTargetException, IOException {
        try {
            AtomicFileWriter.write(file, out -> csv.write(rows, out));
        } catch (AccessDeniedException e) {
            // A place the person may not write to is a wrong choice of file, like a missing folder, not a failure.
            throw new InvalidExportTargetException(file, e.getReason() != null ? e.getReason() : "permission denied");
        }
        int taskEntries = (int) rows.stream().filter(ProgressRow::hasTask).count();
        return new Summary(taskEntries, rows.size() - taskEntries);
    }

    /** Mistakes in the name the person gave are told apart from the file system failing (and checked first). */
    private static void checkTarget(Path file) throws InvalidExportTargetException {
        if (Files.isDirectory(file)) {
            throw new InvalidExportTargetException(file, "is a folder, not a file");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InvalidExportTargetException(file, Files.exists(folder)
                    ? folder + " is a file, not a folder" : "there is no folder " + folder);
        }
        // The rename would replace a read-only file without asking (the folder's permission is what counts), but
        // read-only says "keep this as it is".
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new InvalidExportTargetException(file, "the file is read-only");
        }
    }
}
