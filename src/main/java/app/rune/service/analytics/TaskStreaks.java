package app.rune.service.analytics;

import app.rune.model.SchedulePeriod;
import app.rune.model.StreakUnit;
import app.rune.model.TaskSchedule;
import app.rune.model.TaskStreak;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each task's own run, in its own unit. A task on set days (every day, or chosen weekdays) counts its due days
 * with a completed entry; a due day without one breaks the run, unless it is a rest day; other days are neutral;
 * the as-of day never breaks it. A task N times a week counts weeks (Monday to Sunday) with at least N completed
 * entries, one N times a month calendar months; the current week or month counts once met and never breaks.
 * Entries on rest days count for nothing. The unit is the task's schedule now; weeks or days from before a change
 * to another kind of schedule are neutral, and so is a week or month the task did not exist all of.
 */
final class TaskStreaks {
    private TaskStreaks() {
    }

    static Map<String, TaskStreak> of(DayGrid history, DuePlan plan, LocalDate asOf) {
        Map<String, TaskStreak> streaks = new TreeMap<>();
        LocalDate first = history.isEmpty() ? null : history.first();
        for (DuePlan.PlannedTask task : plan.tasks()) {
            TaskSchedule now = task.task().currentSchedule();
            LocalDate from = first == null || task.from().isAfter(first) ? task.from() : first;
            LocalDate to = task.until() != null && task.until().isBefore(asOf) ? task.until() : asOf;
            // A tick changes one task of one day: the other tasks' runs, kept by the grid, still hold.
            TaskStreak streak = history.keptStreak(task, asOf);
            if (streak != null) {
                streaks.put(task.task().id(), streak);
                continue;
            }
            if (first == null || from.isAfter(to)) {
                streak = new TaskStreak(0, 0, unit(now));
            } else if (now.flexible()) {
                streak = periods(history, task, now.every(), from, to, asOf);
            } else {
                streak = days(history, task, from, to, asOf);
            }
            history.keepStreak(task, asOf, streak);
            streaks.put(task.task().id(), streak);
        }
        return streaks;
    }

    private static StreakUnit unit(TaskSchedule schedule) {
        if (!schedule.flexible()) {
            return StreakUnit.DAYS;
        }
        return schedule.every() == SchedulePeriod.MONTH ? StreakUnit.MONTHS : StreakUnit.WEEKS;
    }

    private static TaskStreak days(DayGrid history, DuePlan.PlannedTask task, LocalDate from, LocalDate to,
            LocalDate asOf) {
        int run = 0;
        int longest = 0;
        int[] done = history.completedBy(task.task().id());
        DueDays due = task.days();
        long first = history.firstEpochDay();
        long end = to.toEpochDay();
        long today = asOf.toEpochDay();
        for (long epochDay = from.toEpochDay(); epochDay <= end; epochDay++) {
            int at = (int) (epochDay - first);
            if (!due.due(epochDay, DueDays.weekday(epochDay)) || at < 0 || at >= history.size()
                    || history.restAt(at)) {
                continue;
            }
            if (done != null && done[at] > 0) {
                run++;
                longest = Math.max(longest, run);
            } else if (epochDay != today) {
                run = 0;
            }
        }
        return new TaskStreak(run, longest, StreakUnit.DAYS);
    }

    private static TaskStreak periods(DayGrid history, DuePlan.PlannedTask task, SchedulePeriod every,
            LocalDate from, LocalDate to, LocalDate asOf) {
        int run = 0;
        int longest = 0;
        String id = task.task().id();
        LocalDate start = every == SchedulePeriod.WEEK ? from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : from.withDayOfMonth(1);
        while (!start.isAfter(to)) {
            LocalDate end = every == SchedulePeriod.WEEK ? start.plusDays(6)
                    : start.with(TemporalAdjusters.lastDayOfMonth());
            LocalDate last = end.isAfter(to) ? to : end;
            TaskSchedule schedule = task.scheduleOn(last);
            // A week or month the task did not exist all of counts neither way, as for the overall run.
            if (schedule.flexible() && schedule.every() == every && task.existsOn(start)) {
                boolean met = history.completed(id, start, last) >= schedule.times();
                boolean current = !asOf.isBefore(start) && !asOf.isAfter(end);
                if (met) {
                    run++;
                    longest = Math.max(longest, run);
                } else if (!current) {
                    run = 0;
                }
            }
            start = end.plusDays(1);
        }
        return new TaskStreak(run, longest, every == SchedulePeriod.MONTH ? StreakUnit.MONTHS : StreakUnit.WEEKS);
    }
}
