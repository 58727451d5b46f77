package app.rune.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One small task the person agreed to do; {@code estimatedTime} is in minutes. Without a {@code schedule} it is
 * due every day, without a {@code target} it is done or not (yes/no). {@code earlierSchedules} keeps the
 * schedules it had before, oldest first, so that past days are judged by the schedule they had.
 */
public record DailyTask(
        String id,
        String title,
        String description,
        String successCriteria,
        Integer estimatedTime,
        Integer priority,
        Instant createdAt,
        TaskSchedule schedule,
        TaskTarget target,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EarlierSchedule> earlierSchedules) {

    public DailyTask {
        earlierSchedules = Lists.copy(earlierSchedules);
    }

    /** An every-day yes/no task, as the seed's tasks are. */
    public DailyTask(String id, String title, String description, String successCriteria, Integer estimatedTime,
            Integer priority, Instant createdAt) {
        this(id, title, description, successCriteria, estimatedTime, priority, createdAt, null, null, null);
    }

    /** Whether the task is measured in an amount rather than done or not. */
    @JsonIgnore
    public boolean measurable() {
        return target != null;
    }

    /** The schedule today: every day when none is written. */
    @JsonIgnore
    public TaskSchedule currentSchedule() {
        return TaskSchedule.orEveryDay(schedule);
    }

    /** The schedule the task had on {@code day}. */
    public TaskSchedule scheduleOn(LocalDate day) {
        for (EarlierSchedule earlier : earlierSchedules) {
            if (earlier.until() != null && !day.isAfter(earlier.until())) {
                return TaskSchedule.orEveryDay(earlier.schedule());
            }
        }
        return currentSchedule();
    }

    /**
     * Whether the task is planned for {@code day}: it existed that day (it was created on it or before, in the
     * person's {@code zone}) and its schedule that day names the day. A task N times a week or month is planned
     * for no particular day.
     */
    public boolean plannedOn(LocalDate day, ZoneId zone) {
        return !createdOn(zone).isAfter(day) && scheduleOn(day).names(day);
    }

    /**
     * The day the task was created in {@code zone}; for a task without a creation time, the first day there is
     * (it has always existed). An instant at the very edge of time (a hand-made file can hold one) gives the first
     * or last day there is rather than failing.
     */
    public LocalDate createdOn(ZoneId zone) {
        if (createdAt == null) {
            return LocalDate.MIN;
        }
        try {
            return createdAt.atZone(zone).toLocalDate();
        } catch (DateTimeException beyondTheCalendar) {
            return createdAt.isBefore(Instant.EPOCH) ? LocalDate.MIN : LocalDate.MAX;
        }
    }

    /**
     * This task with {@code next} as its schedule from {@code from} on; every day before keeps the schedule it
     * had. Changed twice on one day, the later change is the one that day follows.
     */
    public DailyTask withSchedule(TaskSchedule next, LocalDate from) {
        TaskSchedule normal = next == null || next.everyDay() ? null : next;
        if (Objects.equals(TaskSchedule.orEveryDay(normal), currentSchedule())
                && earlierSchedules.stream().allMatch(e -> e.until().isBefore(from))) {
            return this;
        }
        LocalDate dayBefore = from.minusDays(1);
        List<EarlierSchedule> kept = new ArrayList<>();
        TaskSchedule appliedDayBefore = scheduleOn(dayBefore);
        for (EarlierSchedule earlier : earlierSchedules) {
            if (earlier.until().isBefore(dayBefore)) {
                kept.add(earlier);
            }
        }
        kept.add(new EarlierSchedule(appliedDayBefore.everyDay() ? null : appliedDayBefore, dayBefore));
        return new DailyTask(id, title, description, successCriteria, estimatedTime, priority, createdAt, normal,
                target, kept);
    }

    public DailyTask withTarget(TaskTarget next) {
        return new DailyTask(id, title, description, successCriteria, estimatedTime, priority, createdAt, schedule,
                next, earlierSchedules);
    }
}
