package app.rune.service.analytics;

import java.time.LocalDate;

/** Whether flexible tasks got their N completed entries in a week or month; rest days count for nothing. */
final class PeriodsMet {
    private PeriodsMet() {
    }

    /** Completed entries of {@code taskId} from {@code from} to {@code to}, rest days left out. */
    static int completed(History history, String taskId, LocalDate from, LocalDate to) {
        int done = 0;
        for (DayStats day : history.between(from, to)) {
            if (!day.restDay()) {
                DayStats.TaskStats task = day.tasks().get(taskId);
                done += task == null ? 0 : task.completed();
            }
        }
        return done;
    }

    /** Whether a flexible task's week or month ends on {@code day} with fewer completed entries than it asks. */
    static boolean anyUnmetEndingOn(History history, DuePlan plan, LocalDate day) {
        for (DuePlan.Period period : plan.periodsEndingOn(day)) {
            if (completed(history, period.taskId(), period.start(), period.end()) < period.times()) {
                return true;
            }
        }
        return false;
    }
}
