package app.rune.service.goal;

import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;

/**
 * A task the coach suggests; the person edits it before approving. {@code minutes} per session; a null
 * {@code schedule} is every day, a null {@code target} a yes/no task.
 */
public record ProposedTask(String title, String description, String successCriteria, int minutes,
        TaskSchedule schedule, TaskTarget target) {

    public ProposedTask(String title, String description, String successCriteria, int minutes) {
        this(title, description, successCriteria, minutes, null, null);
    }
}
