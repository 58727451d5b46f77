package app.rune.service.transfer;

import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.TaskEntry;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.service.user.UserZone;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns stored documents into the progress export's rows: every person's days in order, each task entry with its
 * title and its completion time on the person's own clock.
 */
public final class ProgressRows {
    private ProgressRows() {
    }

    /**
     * The rows of every person in {@code data}, sorted by user id, then date, then the task's place in the goal
     * (tasks the goal does not know come last, in the order they were recorded).
     *
     * @param clock its zone is the time zone of people who have not chosen one, as everywhere in the app
     */
    public static List<ProgressRow> of(DataSet data, Clock clock) {
        Map<String, UserGoals> goals = byId(data.userGoals(), UserGoals::id);
        Map<String, UserPreferences> preferences = byId(data.userPreferences(), UserPreferences::id);
        Map<String, GoalTasks> tasksByUser = new HashMap<>();
        Map<String, ZoneId> zoneByUser = new HashMap<>();

        List<DailyProgress> days = new ArrayList<>(data.dailyProgress());
        days.sort(Comparator.comparing(DailyProgress::userId).thenComparing(DailyProgress::date));
        List<ProgressRow> rows = new ArrayList<>();
        for (DailyProgress day : days) {
            GoalTasks tasks = tasksByUser.computeIfAbsent(day.userId(),
                    id -> GoalTasks.of(Optional.ofNullable(goals.get(id))));
            ZoneId zone = zoneByUser.computeIfAbsent(day.userId(),
                    id -> UserZone.of(Optional.ofNullable(preferences.get(id)), clock));
            List<TaskEntry> entries = new ArrayList<>(day.tasks());
            // A stable sort: entries the goal does not know keep the order they were recorded in.
            entries.sort(Comparator.comparingInt(e -> tasks.position(e.taskId())));
            for (TaskEntry entry : entries) {
                rows.add(taskRow(day, entry, tasks, zone));
            }
            if (entries.isEmpty() && hasCheckIn(day)) {
                rows.add(new ProgressRow(day.userId(), day.date(), null, null, null, null, null, null, null, null,
                        null, day.overallDayRating(), day.moodAfterTasks(), isRestDay(day), null, null, day.dayNotes()));
            }
        }
        return rows;
    }

    private static ProgressRow taskRow(DailyProgress day, TaskEntry entry, GoalTasks tasks, ZoneId zone) {
        String title = tasks.title(entry.taskId())
                .orElse(entry.taskTitle() == null ? "" : entry.taskTitle());
        LocalDateTime completed = entry.completionTime() == null ? null
                : LocalDateTime.ofInstant(entry.completionTime(), zone);
        return new ProgressRow(day.userId(), day.date(), entry.taskId(), title, entry.completed(), completed,
                entry.difficultyRating(), entry.satisfactionRating(), entry.skipReason(), entry.obstacles(),
                entry.notes(), day.overallDayRating(), day.moodAfterTasks(), isRestDay(day), entry.amount(),
                entry.amount() == null ? null : tasks.unit(entry.taskId()).orElse(null), day.dayNotes());
    }

    /** A day the person checked in on, even without a word about any task, or one with notes of its own. */
    private static boolean hasCheckIn(DailyProgress day) {
        return day.overallDayRating() != null || day.moodAfterTasks() != null || isRestDay(day)
                || day.checkInTime() != null || day.dayNotes() != null;
    }

    /** An absent rest_day means an ordinary day, as on the Today screen. */
    private static boolean isRestDay(DailyProgress day) {
        return Boolean.TRUE.equals(day.restDay());
    }

    private static <T> Map<String, T> byId(List<T> documents, Function<T, String> idOf) {
        Map<String, T> byId = new HashMap<>();
        documents.forEach(d -> byId.put(idOf.apply(d), d));
        return byId;
    }
}
