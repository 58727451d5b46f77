package app.rune.store;

import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import app.rune.store.SessionAction.CheckIn;
import app.rune.store.SessionAction.Describe;
import app.rune.store.SessionAction.Import;
import app.rune.store.SessionAction.Skip;
import app.rune.store.SessionAction.Tick;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What the person's days must look like after a given list of check-ins: each action applied in order, the last
 * write to a task and day winning, as {@code CheckInService} documents it. Days are kept without their random
 * {@code _id}, which the test cannot know.
 */
final class ExpectedProgress {
    private final SortedMap<LocalDate, DailyProgress> days;

    ExpectedProgress() {
        this(new TreeMap<>());
    }

    private ExpectedProgress(SortedMap<LocalDate, DailyProgress> days) {
        this.days = days;
    }

    SortedMap<LocalDate, DailyProgress> days() {
        return days;
    }

    /** The person's stored days in the same form: without their {@code _id}. */
    static SortedMap<LocalDate, DailyProgress> of(List<DailyProgress> stored) {
        SortedMap<LocalDate, DailyProgress> days = new TreeMap<>();
        stored.forEach(d -> days.put(d.date(), withoutId(d)));
        return days;
    }

    /** These days with {@code action} applied as well; an import leaves them as they are. */
    ExpectedProgress with(SessionAction action) {
        SortedMap<LocalDate, DailyProgress> next = new TreeMap<>(days);
        if (action instanceof Tick t) {
            changeEntry(next, t.date(), t.taskId(), e -> t.done()
                    ? new TaskEntry(e.taskId(), e.taskTitle(), true,
                            e.completed() && e.completionTime() != null ? e.completionTime()
                                    : t.date().equals(SessionAction.TODAY) ? SessionAction.NOW : null,
                            e.notes(), e.difficultyRating(), e.satisfactionRating(), null, List.of())
                    : new TaskEntry(e.taskId(), e.taskTitle(), false, null, e.notes(), e.difficultyRating(),
                            e.satisfactionRating(), e.skipReason(), e.obstacles()));
        } else if (action instanceof Describe d) {
            changeEntry(next, d.date(), d.taskId(), e -> new TaskEntry(e.taskId(), e.taskTitle(), e.completed(),
                    e.completionTime(), d.notes(), d.difficulty(), d.satisfaction(), e.skipReason(), e.obstacles()));
        } else if (action instanceof Skip s) {
            changeEntry(next, s.date(), s.taskId(), e -> new TaskEntry(e.taskId(), e.taskTitle(), false, null,
                    s.notes() == null ? e.notes() : s.notes(), e.difficultyRating(), e.satisfactionRating(),
                    s.reason(), s.obstacles()));
        } else if (action instanceof CheckIn c) {
            changeDay(next, c.date(), day -> new DailyProgress(null, day.userId(), day.date(), day.tasks(), c.rating(),
                    c.mood(), SessionAction.NOW, day.createdAt(), c.restDay() ? Boolean.TRUE : null));
        } else if (!(action instanceof Import)) {
            throw new IllegalArgumentException("unknown action " + action);
        }
        return new ExpectedProgress(next);
    }

    private static void changeEntry(Map<LocalDate, DailyProgress> days, LocalDate date, String taskId,
            UnaryOperator<TaskEntry> change) {
        changeDay(days, date, day -> {
            List<TaskEntry> entries = new ArrayList<>(day.tasks());
            int at = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).taskId().equals(taskId)) {
                    at = i;
                }
            }
            if (at >= 0) {
                entries.set(at, change.apply(entries.get(at)));
            } else {
                entries.add(change.apply(new TaskEntry(taskId, SessionAction.TASKS.get(taskId), false, null, null,
                        null, null, null, List.of())));
            }
            return new DailyProgress(null, day.userId(), day.date(), entries, day.overallDayRating(),
                    day.moodAfterTasks(), day.checkInTime(), day.createdAt(), day.restDay());
        });
    }

    private static void changeDay(Map<LocalDate, DailyProgress> days, LocalDate date,
            UnaryOperator<DailyProgress> change) {
        Instant created = SessionAction.NOW;
        DailyProgress day = days.getOrDefault(date,
                new DailyProgress(null, SessionAction.USER, date, planned(date), null, null, null, created, null));
        days.put(date, change.apply(day));
    }

    /**
     * A new day's entries: every task planned that day, untouched, in priority order (the ids' order). The tasks
     * were created on {@link SessionAction#TODAY}, so earlier days start empty.
     */
    private static List<TaskEntry> planned(LocalDate date) {
        if (date.isBefore(SessionAction.TODAY)) {
            return List.of();
        }
        return new java.util.TreeSet<>(SessionAction.TASKS.keySet()).stream()
                .map(id -> TaskEntry.untouched(id, SessionAction.TASKS.get(id))).toList();
    }

    private static DailyProgress withoutId(DailyProgress d) {
        return new DailyProgress(null, d.userId(), d.date(), d.tasks(), d.overallDayRating(), d.moodAfterTasks(),
                d.checkInTime(), d.createdAt(), d.restDay());
    }
}
