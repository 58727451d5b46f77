package app.rune.service.today;

import app.rune.model.DailyTask;
import app.rune.model.TaskEntry;
import app.rune.model.validation.DocumentValidator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How a tick or an amount changes a task's entry. A yes/no task is done or not; a measurable one is done when
 * its amount meets the target, and ticking it without an amount records the target itself (20 pages read).
 */
final class MeasuredEntries {
    private MeasuredEntries() {
    }

    /**
     * The entry after a tick ({@code done}) or its taking back. A tick keeps the time of an earlier tick;
     * {@code now} is null for a past day, whose time of doing is unknown.
     */
    static TaskEntry ticked(TaskEntry entry, DailyTask task, boolean done, Instant now) {
        if (!done) {
            return new TaskEntry(entry.taskId(), entry.taskTitle(), false, null, entry.notes(),
                    entry.difficultyRating(), entry.satisfactionRating(), entry.skipReason(), entry.obstacles(), null);
        }
        BigDecimal amount = null;
        if (task != null && task.measurable()) {
            amount = entry.amount() != null && task.target().metBy(entry.amount()) ? entry.amount()
                    : task.target().amount();
        }
        return new TaskEntry(entry.taskId(), entry.taskTitle(), true,
                entry.completed() && entry.completionTime() != null ? entry.completionTime() : now,
                entry.notes(), entry.difficultyRating(), entry.satisfactionRating(), null, List.of(), amount);
    }

    /**
     * The entry with {@code amount} done: completed when it meets the target (the time of doing is now, or kept
     * from before); not completed otherwise, keeping any skip reason the person gave.
     */
    static TaskEntry measured(TaskEntry entry, DailyTask task, BigDecimal amount, Instant now) {
        boolean met = task.target().metBy(amount);
        if (met) {
            return new TaskEntry(entry.taskId(), entry.taskTitle(), true,
                    entry.completed() && entry.completionTime() != null ? entry.completionTime() : now,
                    entry.notes(), entry.difficultyRating(), entry.satisfactionRating(), null, List.of(), amount);
        }
        return new TaskEntry(entry.taskId(), entry.taskTitle(), false, null, entry.notes(), entry.difficultyRating(),
                entry.satisfactionRating(), entry.skipReason(), entry.obstacles(), amount);
    }

    /** What a skip keeps of the amount: what was done short of the target (12 of 20 pages), never a met one. */
    static BigDecimal keptBySkip(TaskEntry entry, DailyTask task) {
        return entry.amount() != null && task != null && task.measurable() && !task.target().metBy(entry.amount())
                ? entry.amount() : null;
    }

    /** Refuses an amount for a yes/no task, or one that is not a day's amount, before anything is written. */
    static void check(DailyTask task, String taskId, BigDecimal amount) {
        if (task == null || !task.measurable()) {
            throw new InvalidCheckInException("today.error.notMeasurable", "\"" + taskId + "\" is a yes/no task: "
                    + "tick it without an amount.", taskId);
        }
        DocumentValidator.amountProblem(amount).ifPresent(problem -> {
            throw new InvalidCheckInException("today.error.amount", "The amount " + problem + ".",
                    amount.toPlainString());
        });
    }
}
