package app.rune.service.transfer;

/**
 * Keeps text a person typed from running as a formula when a CSV file is opened in a spreadsheet (CSV or
 * formula injection). Excel, LibreOffice and Google Sheets take a cell that begins with {@code =}, {@code +},
 * {@code -} or {@code @} for a formula, and a formula such as {@code =HYPERLINK(...)} or a DDE call can send data
 * away or start a program. Following the OWASP advice, such text gets a single quote in front, which spreadsheets
 * read as "this is text"; a tab or carriage return at the start (which some spreadsheets skip before looking for
 * a formula) is treated the same way. Nothing else changes, so the cell still reads as the person wrote it, and
 * {@link #typed} takes the quote off again when the file is imported.
 *
 * @see <a href="https://owasp.org/www-community/attacks/CSV_Injection">OWASP: CSV Injection</a>
 */
final class SpreadsheetText {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** {@code text}, with a single quote in front when it would begin a formula; null stays null. */
    static String inert(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    /**
     * What the person typed, from a cell {@link #inert} wrote: the quote it put in front of a formula's first sign
     * goes, and only that one ({@code '=x} is {@code =x}; {@code 'word} and {@code ''=x} stay as they are).
     */
    static String typed(String cell) {
        boolean guarded = cell != null && cell.length() > 1 && cell.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0;
        return guarded ? cell.substring(1) : cell;
    }
}
