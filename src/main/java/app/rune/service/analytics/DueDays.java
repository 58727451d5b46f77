package app.rune.service.analytics;

import app.rune.model.DailyTask;
import app.rune.model.EarlierSchedule;
import app.rune.model.TaskSchedule;
import app.rune.model.Weekday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One task's schedules laid out on epoch days, for the streaks' day-by-day walks over years: which weekdays each
 * stretch of days names, as a bit mask, so a day's question costs a comparison or two instead of date arithmetic.
 */
final class DueDays {
    /** Days {@code from} to {@code to} (epoch days, both included) are due on the {@code weekdays} mask. */
    private record Stretch(long from, long to, int weekdays) {
    }

    private final long from;
    private final long until;
    private final Stretch[] stretches;

    /**
     * @param from the first day the task existed
     * @param until the last day it was due (its goal put away), or null while it still is
     */
    DueDays(DailyTask task, LocalDate from, LocalDate until) {
        this.from = from.equals(LocalDate.MIN) ? Long.MIN_VALUE : from.toEpochDay();
        this.until = until == null ? Long.MAX_VALUE : until.toEpochDay();
        List<Stretch> laid = new ArrayList<>();
        long start = Long.MIN_VALUE;
        for (EarlierSchedule earlier : task.earlierSchedules()) {
            long end = earlier.until().toEpochDay();
            TaskSchedule schedule = TaskSchedule.orEveryDay(earlier.schedule());
            laid.add(new Stretch(start, end, mask(schedule)));
            start = end == Long.MAX_VALUE ? end : end + 1;
        }
        laid.add(new Stretch(start, Long.MAX_VALUE, mask(task.currentSchedule())));
        this.stretches = laid.toArray(Stretch[]::new);
    }

    /** Bit d (Monday 0) set for each weekday the schedule names; none for a flexible one. */
    private static int mask(TaskSchedule schedule) {
        if (schedule.everyDay()) {
            return 0x7F;
        }
        int mask = 0;
        if (!schedule.flexible()) {
            for (Weekday day : schedule.days()) {
                mask |= 1 << (day.dayOfWeek().getValue() - 1);
            }
        }
        return mask;
    }

    /** Monday 0 … Sunday 6, of an epoch day (1 January 1970 was a Thursday). */
    static int weekday(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    boolean exists(long epochDay) {
        return epochDay >= from && epochDay <= until;
    }

    /** Whether the task was due on the day: it existed, and its schedule that day names the day. */
    boolean due(long epochDay, int weekday) {
        return exists(epochDay) && (stretchOn(epochDay).weekdays & (1 << weekday)) != 0;
    }

    private Stretch stretchOn(long epochDay) {
        for (Stretch stretch : stretches) {
            if (epochDay <= stretch.to) {
                return stretch;
            }
        }
        return stretches[stretches.length - 1];
    }
}
