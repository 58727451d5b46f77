package app.rune.service.transfer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV text as records of cells, each with the line it starts on (a quoted cell may hold line breaks, so a
 * record's line is not its index). Shared by the imports of Rune's progress CSV and of Loop's CSV export.
 */
public final class CsvRecords {
    private CsvRecords() {
    }

    /** One record: its cells, and the line of the file it starts on. */
    public record CsvRecord(int line, List<String> cells) {
    }

    /** The text cannot be read as CSV from the record starting on {@code line()} on. */
    public static final class UnreadableCsvException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        UnreadableCsvException(int line) {
            super("line " + line + " cannot be read as CSV");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Every record of {@code text}, read with {@code csv} (which says whether blank lines are skipped). */
    public static List<CsvRecord> read(CsvMapper csv, String text) throws UnreadableCsvException {
        List<CsvRecord> records = new ArrayList<>();
        // The line the record being read starts on: a quote never closed is found only at the file's end.
        int start = 1;
        try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class).with(CsvSchema.emptySchema())
                .readValues(new StringReader(text))) {
            while (true) {
                start = Math.max(1, rows.getParser().currentLocation().getLineNr());
                if (!rows.hasNextValue()) {
                    break;
                }
                records.add(new CsvRecord(start, rows.nextValue()));
            }
        } catch (IOException | RuntimeException e) {
            // Jackson's own message names its classes and its reader; the person needs the line.
            throw new UnreadableCsvException(start);
        }
        return records;
    }
}
