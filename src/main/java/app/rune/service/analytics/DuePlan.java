package app.rune.service.analytics;

import app.rune.model.PlacedGoal;
import app.rune.model.DailyTask;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.SchedulePeriod;
import app.rune.model.TaskSchedule;
import app.rune.model.UserGoals;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which of a person's tasks were due on which days, for the streaks: an every-day task every day, a weekday task
 * on its days, an N-a-week or N-a-month task on no particular day; never before the day the task was created
 * (in the person's zone). The current goals' tasks are due until today (a paused goal's until the day before it was
 * paused); an archived goal's until the day it was
 * achieved or abandoned, or, for one archived without either (an older file's), the day before the next archived
 * goal (or the focus goal) began. A person without any goals document has no known plan: every day counts as due,
 * as it did before tasks had schedules.
 */
final class DuePlan {
    /** A task with the days it could be due on: from its creation, until its goal was put away (or for good). */
    record PlannedTask(DailyTask task, LocalDate from, LocalDate until, DueDays days) {
        PlannedTask(DailyTask task, LocalDate from, LocalDate until) {
            this(task, from, until, new DueDays(task, from, until));
        }

        boolean existsOn(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }

        TaskSchedule scheduleOn(LocalDate day) {
            return task.scheduleOn(day);
        }
    }

    static final DuePlan EVERY_DAY_DUE = new DuePlan(List.of(), true);

    private final List<PlannedTask> tasks;
    private final boolean unknown;

    private DuePlan(List<PlannedTask> tasks, boolean unknown) {
        this.tasks = List.copyOf(tasks);
        this.unknown = unknown;
    }

    static DuePlan of(Optional<UserGoals> goals, ZoneId zone) {
        return of(goals, zone, null);
    }

    /**
     * The plan of the goals {@code goalIds} only (their tasks), or of all goals when it is null: a goal's own
     * figures judge its days by its own tasks.
     */
    static DuePlan of(Optional<UserGoals> goals, ZoneId zone, java.util.Set<String> goalIds) {
        if (goals.isEmpty()) {
            return EVERY_DAY_DUE;
        }
        List<PlannedTask> tasks = new ArrayList<>();
        List<PlacedGoal> all = goals.get().goals();
        List<PlacedGoal> earlier = all.stream().filter(g -> !g.place().current()).toList();
        for (int i = 0; i < earlier.size(); i++) {
            PlacedGoal goal = earlier.get(i);
            LongTermGoal next = i + 1 < earlier.size() ? earlier.get(i + 1).longTermGoal()
                    : goals.get().longTermGoal();
            LocalDate putAway = putAway(goal.longTermGoal(), next, zone);
            if (putAway != null && (goalIds == null || goalIds.contains(goal.id()))) {
                goal.goal().dailyTasks().forEach(t -> tasks.add(planned(t, zone, putAway)));
            }
        }
        // The current goals' tasks last, so their plans win over an earlier goal's for the same id.
        all.stream().filter(g -> g.place().current() && (goalIds == null || goalIds.contains(g.id())))
                .forEach(g -> {
                    LocalDate until = pausedSince(g.longTermGoal(), zone);
                    g.goal().dailyTasks().forEach(t -> tasks.add(planned(t, zone, until)));
                });
        return new DuePlan(tasks, false);
    }

    /**
     * The last day an earlier goal's tasks were due: the day before the next goal began, or the day it was
     * achieved or abandoned if that came first; null when neither is known.
     */
    private static LocalDate putAway(LongTermGoal goal, LongTermGoal next, ZoneId zone) {
        boolean ended = goal != null && (goal.status() == GoalStatus.COMPLETED || goal.status() == GoalStatus.ABANDONED);
        LocalDate endedOn = ended ? day(goal.updatedAt(), zone) : null;
        if (endedOn != null) {
            // Goals run side by side now: one achieved or abandoned was due until that day, whatever began after.
            return endedOn;
        }
        LocalDate nextBegan = next == null ? null : day(next.createdAt(), zone);
        if (nextBegan == null) {
            return goal == null ? null : day(goal.updatedAt(), zone);
        }
        return nextBegan.minusDays(1);
    }

    /**
     * A paused goal rests its tasks: they were due until the day before it was paused (its last change), as Today
     * shows none of them; null for an active goal. One paused with no known day has none due.
     */
    private static LocalDate pausedSince(LongTermGoal goal, ZoneId zone) {
        if (goal == null || goal.status() != GoalStatus.PAUSED) {
            return null;
        }
        LocalDate paused = day(goal.updatedAt(), zone);
        return paused == null || paused.equals(LocalDate.MIN) ? LocalDate.MIN : paused.minusDays(1);
    }

    private static PlannedTask planned(DailyTask task, ZoneId zone, LocalDate until) {
        return new PlannedTask(task, task.createdOn(zone), until);
    }

    /** The day of {@code instant} in {@code zone}; null for none, or for one at the very edge of time. */
    private static LocalDate day(Instant instant, ZoneId zone) {
        try {
            return instant == null ? null : instant.atZone(zone).toLocalDate();
        } catch (DateTimeException beyondTheCalendar) {
            return null;
        }
    }

    /** The first day any task could be due; null when the plan is not known (every day is due). */
    LocalDate earliestStart() {
        if (unknown) {
            return null;
        }
        return tasks.stream().map(PlannedTask::from).min(LocalDate::compareTo).orElse(LocalDate.MAX);
    }

    List<PlannedTask> tasks() {
        return tasks;
    }

    /** Whether any task was due on an epoch day, of weekday {@code weekday} (Monday 0). */
    boolean anyDue(long epochDay, int weekday) {
        if (unknown) {
            return true;
        }
        for (PlannedTask task : tasks) {
            if (task.days().due(epochDay, weekday)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The flexible tasks whose week (when {@code day} is a Sunday) or month (when it is the month's last day)
     * ends on {@code day}: those with an N-a-week or N-a-month schedule that day, existing all that period.
     */
    List<Period> periodsEndingOn(LocalDate day) {
        boolean weekEnds = day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean monthEnds = day.getDayOfMonth() == day.lengthOfMonth();
        if (!weekEnds && !monthEnds) {
            return List.of();
        }
        List<Period> ending = new ArrayList<>();
        for (PlannedTask task : tasks) {
            TaskSchedule schedule = task.scheduleOn(day);
            if (!schedule.flexible()) {
                continue;
            }
            LocalDate start = schedule.every() == SchedulePeriod.WEEK ? day.minusDays(6) : day.withDayOfMonth(1);
            boolean ends = schedule.every() == SchedulePeriod.WEEK ? weekEnds : monthEnds;
            if (ends && task.existsOn(start) && task.existsOn(day)) {
                ending.add(new Period(task.task().id(), start, day, schedule.times()));
            }
        }
        return ending;
    }

    /** A flexible task's week or month, and how many completed entries it asks for. */
    record Period(String taskId, LocalDate start, LocalDate end, int times) {
    }
}
