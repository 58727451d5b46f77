package app.rune.service.reminder;

import java.time.LocalDate;

/**
 * What the scheduler needs to know about the person's today: how many tasks there are and how many are settled (done, or skipped with a reason),
 * whether they checked in or called it a rest day. A reminder is only for a day with something left to do.
 */
public record ReminderDay(LocalDate date, int tasks, int settled, boolean checkedIn, boolean restDay) {

    public int left() {
        return Math.max(0, tasks - settled);
    }

    public boolean nothingLeft() {
        return tasks == 0 || settled >= tasks || checkedIn || restDay;
    }
}
