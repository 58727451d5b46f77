package app.rune.ui.today;

import app.rune.model.TaskEntry;
import app.rune.service.goal.InputProblem;
import app.rune.service.today.CheckInText;
import app.rune.service.today.TaskDay;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One task card of the day: the tick, notes and the two ratings (0 = not rated), and for a task that did not
 * happen the reason and obstacles. {@code status} says when a change is being written and when it is on disk.
 */
public final class TaskItem {
    public enum Status { IDLE, SAVING, SAVED, FAILED }

    private final String taskId;
    private final int number;
    private final String title;
    private final Integer minutes;
    private final String successCriteria;
    private final BooleanProperty completed = new SimpleBooleanProperty(this, "completed");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final IntegerProperty difficulty = new SimpleIntegerProperty(this, "difficulty");
    private final IntegerProperty satisfaction = new SimpleIntegerProperty(this, "satisfaction");
    private final StringProperty skipReason = new SimpleStringProperty(this, "skipReason", "");
    private final ObservableList<String> obstacles = FXCollections.observableArrayList();
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded");
    private final ObjectProperty<Status> status =
            new SimpleObjectProperty<>(this, "status", Status.IDLE);
    private final ReadOnlyStringWrapper skippedText = new ReadOnlyStringWrapper(this, "skippedText", "");
    private final ReadOnlyStringWrapper obstacleProblem = new ReadOnlyStringWrapper(this, "obstacleProblem", "");
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper(this, "periodText", "");
    private final BooleanBinding canSkip;
    private final TaskAmount amount;
    private final boolean flexible;
    private final String goalTitle;
    private TaskEntry stored;

    TaskItem(TaskDay day, int number, ResourceBundle text) {
        this.taskId = day.taskId();
        this.number = number;
        this.title = day.title();
        this.minutes = day.minutes();
        this.successCriteria = day.successCriteria();
        this.flexible = day.flexible();
        this.goalTitle = day.goalTitle() == null ? "" : day.goalTitle();
        this.amount = day.measurable() ? new TaskAmount(day.target(), text) : null;
        canSkip = Bindings.createBooleanBinding(() -> !completed.get() && skipReason.get() != null
                && !skipReason.get().isBlank() && status.get() != Status.SAVING, completed, skipReason, status);
        show(day.entry());
    }

    /** Shows what is stored, as it is stored. */
    void show(TaskEntry entry) {
        stored = entry;
        completed.set(entry != null && entry.completed());
        notes.set(entry == null || entry.notes() == null ? "" : entry.notes());
        difficulty.set(entry == null || entry.difficultyRating() == null ? 0 : entry.difficultyRating());
        satisfaction.set(entry == null || entry.satisfactionRating() == null ? 0 : entry.satisfactionRating());
        skipReason.set(entry == null || entry.skipReason() == null ? "" : entry.skipReason());
        obstacles.setAll(entry == null ? List.of() : entry.obstacles());
        if (amount != null) {
            amount.show(entry == null ? null : entry.amount());
        }
    }

    /** Whether the notes or ratings differ from what is stored. */
    boolean detailsChanged() {
        String storedNotes = stored == null || stored.notes() == null ? "" : stored.notes();
        int storedDifficulty = stored == null || stored.difficultyRating() == null ? 0 : stored.difficultyRating();
        int storedSatisfaction = stored == null || stored.satisfactionRating() == null ? 0 : stored.satisfactionRating();
        return !storedNotes.equals(notes.get().strip()) || storedDifficulty != difficulty.get()
                || storedSatisfaction != satisfaction.get();
    }

    boolean completedChanged() {
        return (stored != null && stored.completed()) != completed.get();
    }

    TaskEntry stored() {
        return stored;
    }

    void setSkippedText(String text) {
        skippedText.set(text);
    }

    /** The person is typing another obstacle: the problem with the last one no longer applies. */
    void clearObstacleProblem() {
        obstacleProblem.set("");
    }

    /**
     * Adds {@code typed} (stripped) to the obstacles, unless it is empty or there already; one that could not be
     * stored is not added, and {@link #obstacleProblemProperty} says why, in {@code words}.
     *
     * @return false when refused, so the field keeps the text to correct
     */
    boolean addObstacle(String typed, Function<InputProblem, String> words) {
        String obstacle = typed == null ? "" : typed.strip();
        Optional<InputProblem> problem = obstacle.isEmpty() || obstacles.contains(obstacle) ? Optional.empty()
                : CheckInText.obstacle(obstacle);
        obstacleProblem.set(problem.map(words).orElse(""));
        if (problem.isPresent()) {
            return false;
        }
        if (!obstacle.isEmpty() && !obstacles.contains(obstacle)) {
            obstacles.add(obstacle);
        }
        return true;
    }

    /** Why the obstacle typed last was not added, or "". */
    public ReadOnlyStringProperty obstacleProblemProperty() {
        return obstacleProblem.getReadOnlyProperty();
    }

    /** The amount of a measurable task; empty for a yes/no one. */
    public Optional<TaskAmount> amount() {
        return Optional.ofNullable(amount);
    }

    /** Whether the task is N times a week or month, on days the person picks. */
    public boolean flexible() {
        return flexible;
    }

    /** The title of the goal the task belongs to; empty for a task recorded that no current goal has now. */
    public String goalTitle() {
        return goalTitle;
    }

    void setPeriodText(String text) {
        periodText.set(text);
    }

    /** A flexible task's week or month so far ("1 of 3 this week"); empty for others. */
    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    public String taskId() {
        return taskId;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public Integer minutes() {
        return minutes;
    }

    public String successCriteria() {
        return successCriteria;
    }

    public BooleanProperty completedProperty() {
        return completed;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public IntegerProperty difficultyProperty() {
        return difficulty;
    }

    public IntegerProperty satisfactionProperty() {
        return satisfaction;
    }

    public StringProperty skipReasonProperty() {
        return skipReason;
    }

    public ObservableList<String> obstacles() {
        return obstacles;
    }

    public BooleanProperty expandedProperty() {
        return expanded;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty skippedTextProperty() {
        return skippedText.getReadOnlyProperty();
    }

    public BooleanBinding canSkipProperty() {
        return canSkip;
    }
}
