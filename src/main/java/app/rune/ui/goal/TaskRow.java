package app.rune.ui.goal;

import app.rune.model.DailyTask;
import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;
import app.rune.service.goal.TaskDraft;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * One editable line of the task table. {@code id} is null for a task the person added here; it is kept for an
 * existing task so that its progress history stays attached. Minutes are null while the cell holds no number.
 */
public final class TaskRow {
    private final String id;
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final StringProperty description = new SimpleStringProperty(this, "description");
    private final StringProperty successCriteria = new SimpleStringProperty(this, "successCriteria");
    private final ObjectProperty<Integer> minutes = new SimpleObjectProperty<>(this, "minutes");
    private final ObjectProperty<TaskSchedule> schedule = new SimpleObjectProperty<>(this, "schedule");
    private final ObjectProperty<TaskTarget> target = new SimpleObjectProperty<>(this, "target");

    public TaskRow(String id, String title, String description, String successCriteria, Integer minutes) {
        this.id = id;
        this.title.set(title);
        this.description.set(description);
        this.successCriteria.set(successCriteria);
        this.minutes.set(minutes);
    }

    static TaskRow of(DailyTask task) {
        TaskRow row = new TaskRow(task.id(), task.title(), task.description(), task.successCriteria(),
                task.estimatedTime());
        row.schedule.set(task.schedule());
        row.target.set(task.target());
        return row;
    }

    TaskDraft toDraft() {
        return new TaskDraft(id, title.get(), description.get(), successCriteria.get(), minutes.get(), schedule.get(),
                target.get());
    }

    /** The properties whose change makes the table "edited", for the list's extractor. */
    ObservableValue<?>[] observables() {
        return new ObservableValue<?>[] {title, description, successCriteria, minutes, schedule, target};
    }

    /** When the task is due; null is every day. */
    public ObjectProperty<TaskSchedule> scheduleProperty() {
        return schedule;
    }

    /** What makes a measurable task done; null for a yes/no task. */
    public ObjectProperty<TaskTarget> targetProperty() {
        return target;
    }

    public String id() {
        return id;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty successCriteriaProperty() {
        return successCriteria;
    }

    public ObjectProperty<Integer> minutesProperty() {
        return minutes;
    }
}
