package app.rune.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * When a task is due: every day, on chosen weekdays ({@code {"every": "week", "days": ["mon", "fri"]}}), or a
 * number of times a week or month on no particular day ({@code {"every": "week", "times": 3}}). A task without
 * one is due every day. Which combinations are allowed is the validator's to say, so a file with a wrong one
 * is reported with its path rather than refused by the reader.
 */
public record TaskSchedule(
        SchedulePeriod every,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Weekday> days,
        Integer times) {

    public static final TaskSchedule EVERY_DAY = new TaskSchedule(SchedulePeriod.DAY, null, null);

    public TaskSchedule {
        days = Lists.copy(days);
    }

    public static TaskSchedule onDays(Collection<DayOfWeek> days) {
        return new TaskSchedule(SchedulePeriod.WEEK, days.stream().sorted().map(Weekday::of).toList(), null);
    }

    public static TaskSchedule timesAWeek(int times) {
        return new TaskSchedule(SchedulePeriod.WEEK, null, times);
    }

    public static TaskSchedule timesAMonth(int times) {
        return new TaskSchedule(SchedulePeriod.MONTH, null, times);
    }

    /** The schedule of a task that may have none: none means every day. */
    public static TaskSchedule orEveryDay(TaskSchedule schedule) {
        return schedule == null ? EVERY_DAY : schedule;
    }

    @JsonIgnore
    public boolean everyDay() {
        return every == SchedulePeriod.DAY;
    }

    /** A number of times a week or month, on whichever days the person likes. */
    @JsonIgnore
    public boolean flexible() {
        return times != null && every != SchedulePeriod.DAY;
    }

    /** Whether this schedule names {@code day} as a day the task is due (never, for a flexible one). */
    public boolean names(LocalDate day) {
        return everyDay() || (every == SchedulePeriod.WEEK && days.contains(Weekday.of(day.getDayOfWeek())));
    }
}
