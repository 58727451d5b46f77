package app.rune.ui.goal;

import javafx.util.StringConverter;

/**
 * Minutes as typed in a table cell. Text that is not a whole number becomes {@link #NOT_A_NUMBER} rather than an
 * exception, so the row shows "minutes must be a whole number" instead of losing the edit; an empty cell is a task
 * without an estimate.
 */
final class MinutesConverter extends StringConverter<Integer> {
    /** Below any allowed number of minutes, so the rules refuse it with their message. */
    static final int NOT_A_NUMBER = -1;

    @Override
    public String toString(Integer minutes) {
        return minutes == null ? "" : minutes.toString();
    }

    /** An empty cell is no estimate (null); text that is not a whole number is {@link #NOT_A_NUMBER}. */
    @Override
    public Integer fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }
}
