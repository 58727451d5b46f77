package app.rune.service.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The progress export's file format: a header, then one line per {@link ProgressRow}; RFC 4180 quoting, CRLF line
 * ends, UTF-8 with a byte-order mark. Empty cells for absent values, {@code true}/{@code false}, plain numbers.
 * Every text cell goes through {@link SpreadsheetText#inert}, so nothing a person typed opens as a formula.
 * {@link CsvExportService} describes the columns for the people who read the file.
 */
public final class ProgressCsv {
    public static final List<String> COLUMNS = List.of("user_id", "date", "task_id", "title", "completed",
            "completion_time", "difficulty", "satisfaction", "skip_reason", "obstacles", "notes", "day_rating", "mood",
            "rest_day", "amount", "unit", "day_notes");

    /**
     * Excel opens a CSV file without a byte-order mark in the computer's legacy code page (Windows-1252 in western
     * Europe, say), which garbles every letter outside ASCII; with the mark it reads UTF-8. Jackson's CSV
     * generator has no option to write the mark, so it is written here, ahead of the header.
     */
    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final DateTimeFormatter COMPLETION_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    private static final String OBSTACLE_SEPARATOR = "; ";

    private final ObjectWriter lines;

    public ProgressCsv() {
        // Quotes only values that need it (a comma, a quote, a line break); by default Jackson also quotes any
        // value with a space or some punctuation in it, which is valid but noisy.
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        // CRLF as RFC 4180 asks; Excel and every other reader take it, and Windows editors show it right.
        this.lines = mapper.writer(schema.build().withHeader().withLineSeparator("\r\n"))
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Writes the byte-order mark, the header and {@code rows} to {@code out}, which stays open. */
    public void write(List<ProgressRow> rows, OutputStream out) throws IOException {
        out.write(UTF8_BYTE_ORDER_MARK);
        // The header is written even when there are no rows, so an empty export still says what it would hold.
        try (SequenceWriter writer = lines.writeValues(out)) {
            for (ProgressRow row : rows) {
                writer.write(cells(row));
            }
        }
        out.flush();
    }

    /**
     * The row's values in the order of {@link #COLUMNS}; nulls become empty cells. The ids are guarded like the
     * free text: they come from the app, but also from any file someone hands over for {@code rune import}.
     */
    private static List<Object> cells(ProgressRow row) {
        return Arrays.asList(
                SpreadsheetText.inert(row.userId()),
                row.date().toString(),
                SpreadsheetText.inert(row.taskId()),
                SpreadsheetText.inert(row.title()),
                row.completed(),
                row.completionTime() == null ? null : COMPLETION_TIME.format(row.completionTime()),
                row.difficulty(),
                row.satisfaction(),
                SpreadsheetText.inert(row.skipReason()),
                SpreadsheetText.inert(String.join(OBSTACLE_SEPARATOR, row.obstacles())),
                SpreadsheetText.inert(row.notes()),
                row.dayRating(),
                SpreadsheetText.inert(row.mood()),
                row.restDay(),
                row.amount() == null ? null : row.amount().toPlainString(),
                SpreadsheetText.inert(row.unit()),
                SpreadsheetText.inert(row.dayNotes()));
    }
}
