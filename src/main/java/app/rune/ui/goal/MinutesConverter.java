package app.rune.ui.goal;

import javafx.util.StringConverter;

/**
 * Minutes as typed in a table cell. Text that is not a whole number becomes null rather than an exception, so
 * the row shows "minutes must be a whole number" instead of losing the edit.
 */
final class MinutesConverter extends StringConverter<Integer> {
    @Override
    public String toString(Integer minutes) {
        return minutes == null ? "" : minutes.toString();
    }

    @Override
    public Integer fromString(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
