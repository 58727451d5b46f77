package app.rune.service.transfer;

import java.util.List;

/**
 * What {@code rune import --from csv} stored.
 *
 * @param userIds the people whose days the file had, in alphabetical order
 * @param days the days stored: each replaced a stored day or was new
 * @param rows the file's lines after the header (blank ones not counted)
 */
public record CsvImportSummary(List<String> userIds, int days, int rows, int added, int replaced) {
    public CsvImportSummary {
        userIds = List.copyOf(userIds);
    }
}
