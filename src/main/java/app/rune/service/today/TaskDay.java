package app.rune.service.today;

import app.rune.model.TaskEntry;
import java.util.Optional;

/**
 * One task on one day: what the task is (from the goal, or from the day's record for a task since removed)
 * and what the person recorded for it, if anything.
 */
public record TaskDay(String taskId, String title, Integer minutes, String successCriteria, int priority,
        TaskEntry entry) {

    public Optional<TaskEntry> recorded() {
        return Optional.ofNullable(entry);
    }

    public boolean completed() {
        return entry != null && entry.completed();
    }

    public boolean skipped() {
        return entry != null && !entry.completed() && (entry.skipReason() != null || !entry.obstacles().isEmpty());
    }
}
