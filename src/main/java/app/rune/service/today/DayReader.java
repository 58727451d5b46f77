package app.rune.service.today;

import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.GoalPatterns;
import app.rune.model.TaskEntry;
import app.rune.model.TaskSchedule;
import app.rune.model.UserPreferences;
import app.rune.service.analytics.Counts;
import app.rune.service.goal.GoalService;
import app.rune.service.goal.TaskGroup;
import app.rune.service.user.UserZone;
import app.rune.store.DailyProgressRepository;
import app.rune.store.DocumentRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a person's days as the Today screen, the command line and the reminder see them: a day's tasks with
 * what was recorded, the strip of recent days, the obstacle coaching (only where it is asked for: it reads 90
 * days of obstacles), and the light "anything open today" a reminder needs.
 */
final class DayReader {
    /** How many days back the obstacle suggestions look for obstacles used before. */
    static final int SUGGESTION_DAYS = 90;

    private final DailyProgressRepository progress;
    private final DocumentRepository<UserPreferences> preferences;
    private final GoalService goals;
    private final ObstacleCoach coach;
    private final Clock clock;

    DayReader(DailyProgressRepository progress, DocumentRepository<UserPreferences> preferences, GoalService goals,
            ObstacleCoach coach, Clock clock) {
        this.progress = progress;
        this.preferences = preferences;
        this.goals = goals;
        this.coach = coach;
        this.clock = clock;
    }

    LocalDate today(String userId) {
        return UserZone.today(preferences.findById(userId), clock);
    }

    /** The day ({@code date} null: today), with the obstacle coaching when {@code withCoaching}. */
    DayPlan day(String userId, LocalDate date, boolean withCoaching) {
        Optional<UserPreferences> prefs = preferences.findById(userId);
        LocalDate today = UserZone.today(prefs, clock);
        LocalDate day = date == null ? today : date;
        Optional<DailyProgress> recorded = progress.findByUserAndDate(userId, day);
        DayPlan.Coaching coaching = withCoaching ? new DayPlan.Coaching(suggestions(userId, prefs, today),
                coach.alert(userId, today).orElse(null)) : null;
        return new DayPlan(userId, day, today, tasksOf(userId, day, recorded), recorded.orElse(null), coaching,
                !goals.approvedTasks(userId).isEmpty());
    }

    /** The {@code days} days up to today, oldest first, each summarised from its record (one indexed read). */
    List<DaySummary> recentDays(String userId, int days) {
        LocalDate today = today(userId);
        Map<LocalDate, DailyProgress> byDate = new HashMap<>();
        progress.findByUserBetween(userId, today.minusDays(days - 1L), today).forEach(d -> byDate.put(d.date(), d));
        List<DailyTask> approved = goals.approvedTasks(userId);
        ZoneId zone = UserZone.of(preferences.findById(userId), clock);
        List<DaySummary> summaries = new ArrayList<>();
        for (LocalDate date = today.minusDays(days - 1L); !date.isAfter(today); date = date.plusDays(1)) {
            DailyProgress day = byDate.get(date);
            LocalDate on = date;
            int planned = (int) approved.stream().filter(t -> t.plannedOn(on, zone)).count();
            summaries.add(day == null ? new DaySummary(date, 0, planned, false, false)
                    : new DaySummary(date, (int) day.tasks().stream().filter(TaskEntry::completed).count(),
                            Math.max(planned, day.tasks().size()), Boolean.TRUE.equals(day.restDay()),
                            day.checkInTime() != null));
        }
        return summaries;
    }

    /** Whether anything is still open today, without the coaching a screen would read. */
    OpenToday openToday(String userId) {
        DayPlan today = day(userId, null, false);
        // A flexible task has the rest of its week or month: a reminder does not nag about it on a given day.
        List<TaskDay> set = today.tasks().stream().filter(t -> !t.flexible()).toList();
        List<String> open = set.stream().filter(t -> !t.completed() && !t.skipped()).map(TaskDay::title).toList();
        return new OpenToday(today.date(), set.size(), open,
                today.recorded().map(p -> p.checkInTime() != null).orElse(false), today.restDay());
    }

    /**
     * A new day's document holds an entry for every task planned that day (see {@link DailyTask#plannedOn}),
     * untouched until the person records something, so a task left alone counts as not done. Tasks N times a
     * week or month are on no particular day: they enter a day once touched.
     */
    List<TaskEntry> plannedEntries(String userId, LocalDate day) {
        ZoneId zone = UserZone.of(preferences.findById(userId), clock);
        // In the order Today shows them: goal by goal, focus first, each by priority.
        return goals.approvedTasks(userId).stream()
                .filter(task -> task.plannedOn(day, zone))
                .map(task -> TaskEntry.untouched(task.id(), task.title()))
                .toList();
    }

    /**
     * Whether every task of the day not done a number of times a week or month has a completed entry, and there is
     * one: what {@code allDone} of {@link #tasksOf} says, without reading the week's and month's counts (a tick
     * asks this before its change).
     */
    boolean allSetTasksDone(String userId, LocalDate day, Optional<DailyProgress> recorded) {
        ZoneId zone = UserZone.of(preferences.findById(userId), clock);
        List<TaskEntry> entries = recorded.map(DailyProgress::tasks).orElse(List.of());
        Map<String, TaskEntry> byTask = new HashMap<>();
        entries.forEach(e -> byTask.putIfAbsent(e.taskId(), e));
        Set<String> shown = new HashSet<>();
        int set = 0;
        boolean allDone = true;
        for (DailyTask task : goals.approvedTasks(userId)) {
            if (!task.createdOn(zone).isAfter(day) && task.scheduleOn(day).flexible()) {
                shown.add(task.id());
            } else if (task.plannedOn(day, zone) || byTask.containsKey(task.id())) {
                shown.add(task.id());
                set++;
                allDone &= byTask.containsKey(task.id()) && byTask.get(task.id()).completed();
            }
        }
        for (TaskEntry entry : entries) {
            if (shown.add(entry.taskId())) {
                set++;
                allDone &= entry.completed();
            }
        }
        return set > 0 && allDone;
    }

    /**
     * The day's tasks, goal by goal (the focus goal first): those planned that day in priority order, then the
     * flexible ones (N times a week or month) with their week's or month's progress; then any recorded for a task
     * not planned that day (one since removed, under the title it had, or one done on a day off its schedule).
     */
    List<TaskDay> tasksOf(String userId, LocalDate day, Optional<DailyProgress> recorded) {
        ZoneId zone = UserZone.of(preferences.findById(userId), clock);
        List<TaskEntry> entries = recorded.map(DailyProgress::tasks).orElse(List.of());
        Map<String, TaskEntry> byTask = new HashMap<>();
        entries.forEach(e -> byTask.putIfAbsent(e.taskId(), e));
        List<TaskDay> days = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        PeriodCounts periods = null;
        // Goal by goal, the focus goal first: each goal's tasks planned that day by priority, then its flexible ones.
        for (TaskGroup group : goals.approvedGoals(userId)) {
            List<TaskDay> flexible = new ArrayList<>();
            for (DailyTask task : group.tasks()) {
                TaskSchedule schedule = task.scheduleOn(day);
                boolean existed = !task.createdOn(zone).isAfter(day);
                if (existed && schedule.flexible()) {
                    periods = periods == null ? PeriodCounts.read(progress, userId, day) : periods;
                    flexible.add(taskDay(group, task, byTask.get(task.id()), schedule, new TaskDay.Period(
                            schedule.every(), periods.done(task.id(), schedule.every()), schedule.times())));
                    shown.add(task.id());
                } else if (task.plannedOn(day, zone) || byTask.containsKey(task.id())) {
                    days.add(taskDay(group, task, byTask.get(task.id()), schedule, null));
                    shown.add(task.id());
                }
            }
            days.addAll(flexible);
        }
        // What was recorded for a task since removed still shows, under the title it had that day.
        for (TaskEntry entry : entries) {
            if (shown.add(entry.taskId())) {
                days.add(new TaskDay(entry.taskId(), entry.taskTitle(), null, null, Integer.MAX_VALUE, entry, null,
                        null, null, null, null));
            }
        }
        return days;
    }

    private static TaskDay taskDay(TaskGroup group, DailyTask task, TaskEntry entry, TaskSchedule schedule,
            TaskDay.Period period) {
        return new TaskDay(task.id(), task.title(), task.estimatedTime(), task.successCriteria(),
                task.priority() == null ? Integer.MAX_VALUE : task.priority(), entry, schedule, task.target(), period,
                group.goalId(), group.goalTitle());
    }

    /** The person's typical obstacles first, then the ones they have used lately, most used first. */
    private List<String> suggestions(String userId, Optional<UserPreferences> prefs, LocalDate today) {
        Set<String> suggestions = new LinkedHashSet<>(prefs.map(UserPreferences::goalPatterns)
                .map(GoalPatterns::typicalObstacles).orElse(List.of()));
        Map<String, Long> used = new HashMap<>();
        for (List<String> obstacles : progress.obstaclesBetween(userId, today.minusDays(SUGGESTION_DAYS), today)) {
            obstacles.forEach(o -> used.merge(o, 1L, Long::sum));
        }
        suggestions.addAll(Counts.sortedByCount(used).keySet());
        return new ArrayList<>(suggestions);
    }
}
