package app.rune.service.transfer;

import app.rune.model.validation.Problem;
import app.rune.service.transfer.CsvRecords.CsvRecord;
import app.rune.model.validation.Problems;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a progress CSV file in the export's format ({@link ProgressCsv}) back into its lines, as a spreadsheet
 * may have saved it after a person edited it: UTF-8 with or without a byte-order mark, CRLF or LF line ends, RFC
 * 4180 quoting, the columns in any order. The header names the columns; {@code user_id} and {@code date} must be
 * there, and a name the export does not write is refused rather than ignored, since what it holds would be lost.
 * Every column the export writes must be there: a day in the file replaces the stored day whole, so a column left
 * out would empty that field on every day of the file.
 * The export's guard against formulas ({@link SpreadsheetText}) is taken off again. Blank lines are skipped.
 */
final class ProgressCsvReader {
    private static final List<String> REQUIRED_COLUMNS = ProgressCsv.COLUMNS;
    /** The columns the export guards against formulas: its text, not its numbers, dates and true/false. */
    private static final Set<String> TEXT_COLUMNS = Set.of("user_id", "task_id", "title", "skip_reason", "obstacles",
            "notes", "mood", "unit", "day_notes");

    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /**
     * The lines of {@code content} after its header, or every problem with them.
     *
     * @param source the file's name, for messages
     */
    List<ProgressCsvLine> read(String source, byte[] content) throws InvalidImportException {
        String text = decode(source, content);
        List<CsvRecord> records = records(source, text);
        if (records.isEmpty()) {
            throw refused(source, "the file is empty; expected a header such as "
                    + String.join(",", ProgressCsv.COLUMNS));
        }
        CsvRecord header = records.get(0);
        List<String> columns = columns(source, header);
        CsvProblems problems = new CsvProblems();
        List<ProgressCsvLine> lines = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.cells().stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (record.cells().size() != columns.size()) {
                problems.add(record.line(), "line " + record.line() + ": has " + record.cells().size()
                        + " cells; the header"
                        + " (line " + header.line() + ") has " + columns.size());
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String cell = record.cells().get(i);
                cells.put(columns.get(i), TEXT_COLUMNS.contains(columns.get(i)) ? SpreadsheetText.typed(cell) : cell);
            }
            lines.add(new ProgressCsvLine(record.line(), cells));
        }
        if (!problems.isEmpty()) {
            throw problems.refusal(source);
        }
        return lines;
    }

    /** UTF-8, whose byte-order mark (which the export writes for Excel) is not part of the text. */
    private static String decode(String source, byte[] content) throws InvalidImportException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw refused(source, "line " + lineAt(content, in.position()) + ": holds bytes that are not UTF-8"
                    + " text; save the file as \"CSV UTF-8\" and import it again");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The line of the file that byte {@code offset} is on. */
    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Every record of {@code text} as cells, with the line each starts on. */
    private List<CsvRecord> records(String source, String text) throws InvalidImportException {
        try {
            return CsvRecords.read(csv, text);
        } catch (CsvRecords.UnreadableCsvException e) {
            throw refused(source, "line " + e.line() + ": cannot be read as CSV (a quote that is never closed, say)");
        }
    }

    /** The header's column names, in the file's order, each one the export writes and none twice. */
    private static List<String> columns(String source, CsvRecord header) throws InvalidImportException {
        Problems problems = new Problems(ImportReader.MAX_LISTED_PROBLEMS);
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            columns.add(name);
            String where = "line " + header.line() + ", column " + (i + 1);
            if (!ProgressCsv.COLUMNS.contains(name)) {
                problems.add("", where + ": " + Problems.quote(name) + " is not a column of Rune's progress export ("
                        + String.join(", ", ProgressCsv.COLUMNS) + ")");
            } else if (seen.putIfAbsent(name, i) != null) {
                problems.add("", where + ": " + Problems.quote(name) + " is also column " + (seen.get(name) + 1));
            }
        }
        List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !seen.containsKey(c)).toList();
        if (problems.isEmpty() && !missing.isEmpty()) {
            problems.add("", "line " + header.line() + ": the header has no column " + String.join(", ", missing)
                    + "; each day replaces the stored one whole, so every column of Rune's export must be there"
                    + " (export again, edit, and keep the columns)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidImportException(source, problems.list(), problems.full());
        }
        return columns;
    }

    private static InvalidImportException refused(String source, String message) {
        return new InvalidImportException(source, List.of(new Problem("", message)));
    }
}
