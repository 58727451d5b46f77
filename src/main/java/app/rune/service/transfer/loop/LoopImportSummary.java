package app.rune.service.transfer.loop;

import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import from Loop Habit Tracker brings (shown before it is stored) or brought.
 *
 * @param format the file's kind: "backup (schema 25)", "CSV export"
 * @param userId the person the history goes to
 * @param newUser whether that person is new to this data folder
 * @param goalTitle the goal the active habits make; null when every habit is archived
 * @param habits each habit with the task it becomes, in Loop's order
 * @param firstDay the first day with anything recorded; null when nothing is
 * @param days the days with anything recorded
 * @param done entries of days ticked (or a numerical habit's amount that met its target)
 * @param notDone entries of days marked not done (or an amount short of the target)
 * @param skipped entries of days skipped in Loop (not done, with that reason)
 * @param filledIn days Loop filled in by itself for a habit with a weekly or monthly frequency: no entry
 * @param notes notes brought in, on entries and on days
 * @param notesOnDays of those, notes of days without an entry (filled in by Loop, or unknown), kept in the day's
 *     {@code day_notes}
 * @param overLimit the busiest weekday of the person's active goals afterwards, when it has more tasks than their
 *     {@code max_daily_tasks}; null when it fits (an import is not refused for it, but the person is told)
 */
public record LoopImportSummary(
        String format,
        String userId,
        boolean newUser,
        String goalTitle,
        List<Habit> habits,
        LocalDate firstDay,
        LocalDate lastDay,
        int days,
        int done,
        int notDone,
        int skipped,
        int filledIn,
        int notes,
        int notesOnDays,
        DayLoad overLimit) {

    public LoopImportSummary {
        habits = List.copyOf(habits);
    }

    /** The busiest weekday's tasks against the person's limit: "10 tasks on Mondays; your limit is 3". */
    public record DayLoad(DayOfWeek day, int tasks, int limit) {
    }

    /** This summary, saying the day it makes is past the limit ({@code load} null: it fits). */
    public LoopImportSummary withOverLimit(DayLoad load) {
        return new LoopImportSummary(format, userId, newUser, goalTitle, habits, firstDay, lastDay, days, done,
                notDone, skipped, filledIn, notes, notesOnDays, load);
    }

    /**
     * One habit and its task.
     *
     * @param frequency Loop's frequency as it wrote it: "3/7"
     * @param rounded whether Loop's frequency had no exact match and was rounded to {@code schedule}
     */
    public record Habit(String name, String taskId, boolean archived, String frequency, TaskSchedule schedule,
            boolean rounded, TaskTarget target, int entries) {
    }

    public int entries() {
        return done + notDone + skipped;
    }

    public List<Habit> rounded() {
        return habits.stream().filter(Habit::rounded).toList();
    }

    public long archivedHabits() {
        return habits.stream().filter(Habit::archived).count();
    }
}
