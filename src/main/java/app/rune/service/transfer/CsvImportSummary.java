package app.rune.service.transfer;

import java.util.List;

/**
 * What {@code rune import --from csv} stored.
 *
 * @param userIds the people whose days the file had, in alphabetical order
 * @param days the days in the file: each was new, replaced a stored day, or was as stored already
 * @param rows the file's lines after the header (blank ones not counted)
 * @param unchanged the days already stored exactly as the file has them (a file exported and brought back
 *     unedited): nothing of them was written
 */
public record CsvImportSummary(List<String> userIds, int days, int rows, int added, int replaced, int unchanged) {
    public CsvImportSummary {
        userIds = List.copyOf(userIds);
    }

    /** Whether the import stored nothing, every day in the file being as stored already. */
    public boolean changedNothing() {
        return added == 0 && replaced == 0;
    }
}
