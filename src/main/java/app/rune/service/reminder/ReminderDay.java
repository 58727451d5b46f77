package app.rune.service.reminder;

import java.time.LocalDate;

/**
 * What the scheduler needs to know about the person's today: how many tasks there are and how many are done,
 * whether they checked in or called it a rest day. A reminder is only for a day with something left to do.
 */
public record ReminderDay(LocalDate date, int tasks, int done, boolean checkedIn, boolean restDay) {

    public int left() {
        return Math.max(0, tasks - done);
    }

    public boolean nothingLeft() {
        return tasks == 0 || done >= tasks || checkedIn || restDay;
    }
}
