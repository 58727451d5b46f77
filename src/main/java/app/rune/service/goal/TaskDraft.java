package app.rune.service.goal;

import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;

/**
 * A daily task as the person left it in the table: {@code id} is null for a task they added, and kept for one
 * that already exists, so its history stays attached. Priority is the draft's position in the list. A null
 * {@code schedule} means every day, a null {@code target} a yes/no task.
 */
public record TaskDraft(String id, String title, String description, String successCriteria, Integer minutes,
        TaskSchedule schedule, TaskTarget target) {

    /** An every-day yes/no task. */
    public TaskDraft(String id, String title, String description, String successCriteria, Integer minutes) {
        this(id, title, description, successCriteria, minutes, null, null);
    }
}
