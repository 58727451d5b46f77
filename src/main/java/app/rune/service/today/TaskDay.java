package app.rune.service.today;

import app.rune.model.SchedulePeriod;
import app.rune.model.TaskEntry;
import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One task on one day: what the task is (from the goal, or from the day's record for a task since removed)
 * and what the person recorded for it, if anything. A measurable task has its {@code target}; a task N times a
 * week or month has its {@code period}'s progress, and is not due on the day itself.
 *
 * @param schedule the task's schedule on that day; every day for a task since removed
 * @param period how far a flexible task is this week or month; null for a task due on set days
 */
public record TaskDay(String taskId, String title, Integer minutes, String successCriteria, int priority,
        TaskEntry entry, TaskSchedule schedule, TaskTarget target, Period period, String goalId, String goalTitle) {

    /** A flexible task's week or month so far: {@code done} of {@code times}, the day itself included. */
    public record Period(SchedulePeriod every, int done, int times) {
        public boolean met() {
            return done >= times;
        }
    }

    public TaskDay {
        schedule = TaskSchedule.orEveryDay(schedule);
    }

    public Optional<TaskEntry> recorded() {
        return Optional.ofNullable(entry);
    }

    public boolean completed() {
        return entry != null && entry.completed();
    }

    public boolean skipped() {
        return entry != null && !entry.completed() && (entry.skipReason() != null || !entry.obstacles().isEmpty());
    }

    /** Whether the task is N times a week or month, on days the person picks, rather than on set days. */
    public boolean flexible() {
        return period != null;
    }

    public boolean measurable() {
        return target != null;
    }

    /** The amount recorded that day; empty when none was. */
    public Optional<BigDecimal> amount() {
        return recorded().map(TaskEntry::amount);
    }
}
