package app.rune.ui.goal;

import app.rune.model.DailyTask;
import app.rune.model.TaskSchedule;
import app.rune.service.goal.BusiestDay;
import app.rune.service.goal.GoalInputRules;
import app.rune.service.goal.GoalService;
import app.rune.service.goal.GoalState;
import app.rune.service.goal.InputProblem;
import app.rune.ui.common.Background;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The daily tasks of the goal as an editable list: the coach's proposal waiting for approval, or the approved
 * tasks being changed. Problems (an empty title, minutes outside 1..1440, more tasks than the person's daily
 * maximum) are shown under the table and keep Approve disabled.
 */
public final class TaskBreakdownViewModel {
    private final GoalService goals;
    private final Background background;
    private final ResourceBundle text;
    private final Consumer<GoalState> onSaved;
    private final Consumer<Throwable> onFailure;

    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList(TaskRow::observables);
    private final ReadOnlyBooleanWrapper awaitingApproval = new ReadOnlyBooleanWrapper(this, "awaitingApproval");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyIntegerWrapper maxTasks = new ReadOnlyIntegerWrapper(this, "maxTasks", 3);
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper(this, "savedText", "");
    private final ReadOnlyStringWrapper overload = new ReadOnlyStringWrapper(this, "overload", "");
    private List<TaskSchedule> otherGoals = List.of();
    private final BooleanBinding canApprove;
    private final BooleanBinding canAdd;
    private String userId;
    private String goalId;
    private boolean loading;

    public TaskBreakdownViewModel(GoalService goals, Background background, ResourceBundle text,
            Consumer<GoalState> onSaved, Consumer<Throwable> onFailure) {
        this.goals = goals;
        this.background = background;
        this.text = text;
        this.onSaved = onSaved;
        this.onFailure = onFailure;
        rows.addListener((ListChangeListener<TaskRow>) change -> {
            if (!loading) {
                edited.set(true);
                savedText.set("");
            }
            check();
        });
        maxTasks.addListener((obs, old, now) -> check());
        canApprove = Bindings.createBooleanBinding(
                () -> problems.get().isEmpty() && !busy.get() && (awaitingApproval.get() || edited.get()),
                problems, busy, awaitingApproval, edited);
        // A new row may go over the day's limit until its plan spreads it over the week: the check says so.
        canAdd = Bindings.createBooleanBinding(() -> !busy.get() && rows.size() < GoalInputRules.MAX_TASKS, rows, busy,
                maxTasks);
    }

    /** Shows the tasks of {@code state} as stored, discarding unsaved edits. */
    public void load(GoalState state) {
        loading = true;
        try {
            userId = state.userId();
            goalId = state.goalId();
            maxTasks.set(state.limits().maxDailyTasks());
            awaitingApproval.set(state.awaitingApproval());
            otherGoals = state.otherGoalsPlans();
            List<TaskRow> stored = new ArrayList<>();
            state.goal().ifPresent(g -> g.goal().dailyTasks().stream()
                    .sorted(Comparator.comparing(DailyTask::priority,
                            Comparator.nullsLast(Integer::compare)))
                    .map(TaskRow::of).forEach(stored::add));
            rows.setAll(stored);
            edited.set(false);
        } finally {
            loading = false;
        }
        check();
    }

    public TaskRow add() {
        TaskRow row = new TaskRow(null, text.getString("tasks.newTitle"), null, null,
                Math.max(GoalInputRules.MIN_MINUTES, defaultMinutes()));
        rows.add(row);
        return row;
    }

    private int defaultMinutes() {
        return rows.stream().map(r -> r.minutesProperty().get()).filter(Objects::nonNull).findFirst()
                .orElse(20);
    }

    public void remove(TaskRow row) {
        rows.remove(row);
    }

    public void moveUp(TaskRow row) {
        move(row, -1);
    }

    public void moveDown(TaskRow row) {
        move(row, 1);
    }

    private void move(TaskRow row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
    }

    /** Stores the tasks as they are in the table; approves the coach's proposal when it was waiting. */
    public void approve() {
        if (!canApprove.get()) {
            return;
        }
        busy.set(true);
        var drafts = rows.stream().map(TaskRow::toDraft).toList();
        String user = userId;
        String goal = goalId;
        background.run(() -> goals.saveTasks(user, goal, drafts), state -> {
            busy.set(false);
            load(state);
            savedText.set(text.getString("tasks.saved"));
            onSaved.accept(state);
        }, failure -> {
            busy.set(false);
            onFailure.accept(failure);
        });
    }

    /** Re-checks every row; the first problems found are shown, each with its row number. */
    void check() {
        List<String> found = new ArrayList<>();
        GoalInputRules.taskCount(rows.stream().map(r -> r.scheduleProperty().get()).toList(), maxTasks.get())
                .map(this::format).ifPresent(found::add);
        for (int i = 0; i < rows.size(); i++) {
            TaskRow row = rows.get(i);
            int number = i + 1;
            firstProblem(row).ifPresent(problem -> found.add(
                    MessageFormat.format(text.getString("task.row"), number, format(problem))));
        }
        problems.set(String.join("\n", found));
        // The limit is a day's: what counts is the busiest weekday, not the number of tasks.
        countText.set(MessageFormat.format(text.getString("tasks.limit"), BusiestDay.of(rows.stream()
                .map(r -> r.scheduleProperty().get()).toList()).tasks(), maxTasks.get()));
        // One goal's plan must fit the limit; with the other goals' tasks the day may go past it if the person
        // says so: they are asked first.
        List<TaskSchedule> all = new ArrayList<>(otherGoals);
        rows.forEach(r -> all.add(r.scheduleProperty().get()));
        BusiestDay together = BusiestDay.of(all);
        overload.set(otherGoals.isEmpty() || together.tasks() <= maxTasks.get() ? ""
                : MessageFormat.format(text.getString("tasks.overload"), together.tasks(),
                        together.day().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.getDefault()),
                        maxTasks.get()));
    }

    /**
     * With the other goals' tasks, what the busiest day comes to when it is past {@code max_daily_tasks} ("This
     * makes 5 tasks on Mondays with your other goals; your limit is 3."); "" while it fits. Approving asks first.
     */
    public ReadOnlyStringProperty overloadProperty() {
        return overload.getReadOnlyProperty();
    }

    private static Optional<InputProblem> firstProblem(TaskRow row) {
        return GoalInputRules.taskTitle(row.titleProperty().get())
                .or(() -> GoalInputRules.minutes(row.minutesProperty().get()))
                .or(() -> GoalInputRules.taskText(row.successCriteriaProperty().get()))
                .or(() -> GoalInputRules.taskText(row.descriptionProperty().get()));
    }

    private String format(InputProblem problem) {
        return MessageFormat.format(text.getString(problem.key()), problem.arguments().toArray());
    }

    public ObservableList<TaskRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty awaitingApprovalProperty() {
        return awaitingApproval.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty maxTasksProperty() {
        return maxTasks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedTextProperty() {
        return savedText.getReadOnlyProperty();
    }

    public BooleanBinding canApproveProperty() {
        return canApprove;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }
}
