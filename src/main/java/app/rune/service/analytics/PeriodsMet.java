package app.rune.service.analytics;

import java.time.LocalDate;

/** Whether flexible tasks got their N completed entries in a week or month; rest days count for nothing. */
final class PeriodsMet {
    private PeriodsMet() {
    }

    /** Whether a flexible task's week or month ends on {@code day} with fewer completed entries than it asks. */
    static boolean anyUnmetEndingOn(DayGrid days, DuePlan plan, LocalDate day) {
        for (DuePlan.Period period : plan.periodsEndingOn(day)) {
            if (days.completed(period.taskId(), period.start(), period.end()) < period.times()) {
                return true;
            }
        }
        return false;
    }
}
