package app.rune.service.transfer.loop;

import app.rune.model.TargetKind;
import java.math.BigDecimal;

/**
 * One habit as Loop Habit Tracker keeps it, read from a backup or a CSV export.
 *
 * @param key how the file names the habit: its row id in a backup, its position in a CSV export
 * @param frequencyNumerator with {@code frequencyDenominator}: "3 / 7" is three times in seven days
 * @param target for a numerical habit, the amount aimed at (in {@code unit}); null for a yes/no habit
 * @param targetKind at least or at most {@code target}; null for a yes/no habit
 */
record LoopHabit(
        long key,
        String name,
        String question,
        String description,
        boolean archived,
        int frequencyNumerator,
        int frequencyDenominator,
        boolean numerical,
        BigDecimal target,
        TargetKind targetKind,
        String unit) {

    /** How messages name the habit. */
    String label() {
        return "habit \"" + LoopText.printable(name) + "\"";
    }
}
