package app.rune.service.goal;

import app.rune.model.SchedulePeriod;
import app.rune.model.TaskSchedule;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How many tasks a plan puts on its busiest weekday, which is what {@code max_daily_tasks} limits (not the sum of
 * the tasks): every-day tasks count every day, weekday tasks on their days, and a task N times a week is placed
 * on the N quietest days, as a person would fit it in; one N times a month on about a quarter of that each week
 * (at least one day).
 */
public record BusiestDay(DayOfWeek day, int tasks) {

    public static BusiestDay of(Collection<TaskSchedule> schedules) {
        int[] load = new int[7];
        for (TaskSchedule schedule : schedules) {
            TaskSchedule plan = TaskSchedule.orEveryDay(schedule);
            if (!plan.flexible()) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (plan.everyDay() || plan.days().stream().anyMatch(w -> w.dayOfWeek() == day)) {
                        load[day.ordinal()]++;
                    }
                }
            }
        }
        for (TaskSchedule schedule : schedules) {
            if (schedule != null && schedule.flexible()) {
                int times = schedule.every() == SchedulePeriod.WEEK ? schedule.times()
                        : Math.max(1, (int) Math.ceil(schedule.times() / 4.0));
                // The quietest days first; among equals the earlier weekday.
                int[] order = IntStream.range(0, 7).boxed()
                        .sorted(Comparator.<Integer>comparingInt(d -> load[d]).thenComparingInt(d -> d))
                        .mapToInt(Integer::intValue).toArray();
                for (int i = 0; i < Math.min(7, times); i++) {
                    load[order[i]]++;
                }
            }
        }
        int busiest = 0;
        for (int d = 1; d < 7; d++) {
            if (load[d] > load[busiest]) {
                busiest = d;
            }
        }
        return new BusiestDay(DayOfWeek.values()[busiest], Arrays.stream(load).max().orElse(0));
    }
}
