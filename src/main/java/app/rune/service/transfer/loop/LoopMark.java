package app.rune.service.transfer.loop;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What Loop recorded for one habit on one day.
 *
 * @param value for a yes/no habit; for a numerical habit {@link LoopValue#YES_MANUAL} when an amount was entered
 * @param amount a numerical habit's amount that day, in the habit's unit; null for a yes/no habit
 * @param notes the day's note for the habit; null or blank when there is none
 */
record LoopMark(LoopHabit habit, LocalDate day, LoopValue value, BigDecimal amount, String notes) {

    boolean hasNote() {
        return notes != null && !notes.isBlank();
    }
}
