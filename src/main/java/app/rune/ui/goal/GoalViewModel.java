package app.rune.ui.goal;

import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.PlacedGoal;
import app.rune.model.UserGoals;
import app.rune.service.goal.GoalService;
import app.rune.service.goal.GoalState;
import app.rune.service.goal.InputProblem;
import app.rune.service.goal.InvalidGoalInputException;
import app.rune.ui.common.Background;
import app.rune.ui.common.DateText;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Goal screen: writing a goal and reviewing it with the coach ({@link GoalEntryViewModel}); then the goal,
 * what reaching it looks like ({@link GoalDescriptionViewModel}), its status actions, its daily tasks
 * ({@link TaskBreakdownViewModel}) and everything that came before it. Runs the parts' work in the background,
 * one action at a time, and says what fails.
 */
public final class GoalViewModel {
    private static final Logger LOG = System.getLogger(GoalViewModel.class.getName());

    /** Writing a goal (the first, a new one, or a new wording), or looking at the current one. */
    public enum Mode { ENTER, CURRENT }

    /** Runs a part's work in the background while the screen shows it is busy; failures are said in words. */
    @FunctionalInterface
    interface Runner {
        <T> void run(Callable<T> work, Consumer<T> onDone);
    }

    private final GoalService goals;
    private final Background background;
    private final ResourceBundle text;
    private final ResourceBundle coachWords;
    private final String userId;
    private final Runnable onGoalChanged;
    private final Function<String, Map<String, Integer>> streaks;
    private Map<String, Integer> knownStreaks = Map.of(); // as last read, for the goals document streaksOf
    private UserGoals streaksOf;
    private final DateText dates = DateText.ofDefaultLocale();
    private final GoalList list;

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.ENTER);
    private final ReadOnlyObjectWrapper<GoalState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    private final ReadOnlyStringWrapper currentTitle = new ReadOnlyStringWrapper(this, "currentTitle", "");
    private final ReadOnlyStringWrapper currentTarget = new ReadOnlyStringWrapper(this, "currentTarget", "");
    private final ReadOnlyObjectWrapper<GoalStatus> currentStatus = new ReadOnlyObjectWrapper<>(this, "currentStatus");
    private final ReadOnlyStringWrapper currentStatusText = new ReadOnlyStringWrapper(this, "currentStatusText", "");
    private final ReadOnlyStringWrapper closedNote = new ReadOnlyStringWrapper(this, "closedNote", "");
    // One read-only view each, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<String> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<String> archived = FXCollections.observableArrayList();
    private final ObservableList<String> archivedView = FXCollections.unmodifiableObservableList(archived);
    private final ObservableList<GoalListItem> goalItems = FXCollections.observableArrayList();
    private final ObservableList<GoalListItem> goalItemsView = FXCollections.unmodifiableObservableList(goalItems);
    private final ReadOnlyBooleanWrapper shownIsFocus = new ReadOnlyBooleanWrapper(this, "shownIsFocus", true);
    private final ReadOnlyBooleanWrapper roomForAnother = new ReadOnlyBooleanWrapper(this, "roomForAnother", true);
    private final ReadOnlyStringWrapper fullNote = new ReadOnlyStringWrapper(this, "fullNote", "");

    private final GoalEntryViewModel entry;
    private final GoalDescriptionViewModel description;
    private final TaskBreakdownViewModel tasks;
    private final BooleanBinding hasGoal;
    private final BooleanBinding entryShown;
    private final BooleanBinding canCancelEntry;
    private final BooleanBinding goalIsOpen;
    private final BooleanBinding newcomer;
    private final BooleanBinding canMakeFocus;

    /** A Goal screen without the goals' streaks in its list. */
    public GoalViewModel(String userId, GoalService goals, Background background, ResourceBundle text,
            ResourceBundle coachWords, Runnable onGoalChanged) {
        this(userId, goals, id -> Map.of(), background, text, coachWords, onGoalChanged);
    }

    /** @param streaks each current goal's streak by goal id, for the person (read in the background) */
    public GoalViewModel(String userId, GoalService goals, Function<String, Map<String, Integer>> streaks,
            Background background, ResourceBundle text, ResourceBundle coachWords, Runnable onGoalChanged) {
        this.userId = userId;
        this.streaks = streaks;
        this.list = new GoalList(text, dates);
        this.goals = goals;
        this.background = background;
        this.text = text;
        this.coachWords = coachWords;
        this.onGoalChanged = onGoalChanged;
        this.tasks = new TaskBreakdownViewModel(goals, background, text, this::apply, this::fail);
        this.entry = new GoalEntryViewModel(userId, goals, text, coachWords, this::run, busy,
                () -> state.get() != null ? state.get().today() : LocalDate.now(), accepted -> {
                    apply(accepted);
                    onGoalChanged.run();
                });
        this.description = new GoalDescriptionViewModel(userId, goals, text, this::run, busy, this::shownGoalId,
                this::apply);

        hasGoal = Bindings.createBooleanBinding(() -> state.get() != null && state.get().hasGoal(), state);
        goalIsOpen = Bindings.createBooleanBinding(() -> currentStatus.get() == GoalStatus.ACTIVE
                || currentStatus.get() == GoalStatus.PAUSED, currentStatus);
        newcomer = Bindings.createBooleanBinding(() -> loaded.get() && !hasGoal.get() && archived.isEmpty(),
                loaded, hasGoal, archived);
        canCancelEntry = Bindings.createBooleanBinding(() -> mode.get() == Mode.ENTER && hasGoal.get(), mode, hasGoal);
        // Until the goal is read the mode says nothing: the form must not flash up over a goal that is coming.
        entryShown = Bindings.createBooleanBinding(() -> loaded.get() && mode.get() == Mode.ENTER, loaded, mode);
        canMakeFocus = Bindings.createBooleanBinding(() -> hasGoal.get() && !shownIsFocus.get() && goalIsOpen.get()
                && !busy.get(), hasGoal, shownIsFocus, goalIsOpen, busy);
    }

    /** Reads the person's goals, showing the one shown before (the focus goal at first). */
    public void load() {
        streaksOf = null;
        String shown = shownGoalId();
        run(() -> goals.load(userId, shown), this::apply);
    }

    /** Shows goal {@code goalId} below the list: its wording, status, tasks and history. */
    public void select(String goalId) {
        if (goalId == null || goalId.equals(shownGoalId())) {
            return;
        }
        clearEntry();
        mode.set(Mode.CURRENT);
        run(() -> goals.load(userId, goalId), this::apply);
    }

    /** Makes the shown goal the focus goal: the coach speaks about it, and Today lists it first. */
    public void makeFocus() {
        String goalId = shownGoalId();
        if (!canMakeFocus.get()) {
            return;
        }
        run(() -> goals.makeFocus(userId, goalId), result -> {
            apply(result);
            onGoalChanged.run();
        });
    }

    private String shownGoalId() {
        return state.get() == null ? null : state.get().goalId();
    }

    /**
     * Opens the writing form on the current goal's wording, to refine it; its tasks stay as they are, and its
     * description is offered again instead of the coach's.
     */
    public void refineCurrent() {
        clearEntry();
        entry.startFrom(shownGoalId(), currentTitle.get(), description.descriptionProperty().get());
        mode.set(Mode.ENTER);
    }

    /** The form for a new goal, beside the current ones or after the last one ended. The old goals are kept. */
    public void startNewGoal() {
        if (!roomForAnother.get()) {
            return;
        }
        clearEntry();
        mode.set(Mode.ENTER);
    }

    public void cancelEntry() {
        clearEntry();
        if (hasGoal.get()) {
            mode.set(Mode.CURRENT);
        }
    }

    public void pause() {
        changeStatus(GoalStatus.PAUSED);
    }

    public void resume() {
        changeStatus(GoalStatus.ACTIVE);
    }

    public void complete() {
        changeStatus(GoalStatus.COMPLETED);
    }

    public void abandon() {
        changeStatus(GoalStatus.ABANDONED);
    }

    private void changeStatus(GoalStatus status) {
        String goalId = shownGoalId();
        run(() -> goals.changeStatus(userId, goalId, status), result -> {
            apply(result);
            onGoalChanged.run();
        });
    }

    private void apply(GoalState result) {
        state.set(result);
        tasks.load(result);
        Optional<LongTermGoal> goal = result.goal().map(PlacedGoal::longTermGoal);
        currentTitle.set(goal.map(LongTermGoal::title).orElse(""));
        currentTarget.set(goal.map(LongTermGoal::targetDate)
                .map(date -> MessageFormat.format(text.getString("goal.current.target"), dates.date(date)))
                .orElse(text.getString("goal.current.noTarget")));
        description.show(goal.map(LongTermGoal::description).orElse(null));
        currentStatus.set(goal.map(LongTermGoal::status).orElse(null));
        currentStatusText.set(goal.map(g -> text.getString("goal.status." + g.status().name())).orElse(""));
        closedNote.set(goal.filter(g -> g.status() == GoalStatus.COMPLETED || g.status() == GoalStatus.ABANDONED)
                .map(g -> MessageFormat.format(text.getString("goal.closed.note"),
                        text.getString("goal.status." + g.status().name()).toLowerCase(Locale.ROOT)))
                .orElse(""));
        history.setAll(result.goal().map(g -> g.goal().goalRefinementHistory().stream().map(list::describe).toList())
                .orElse(List.of()));
        shownIsFocus.set(result.goal().map(PlacedGoal::isFocus).orElse(true));
        roomForAnother.set(result.roomForAnotherGoal());
        fullNote.set(result.roomForAnotherGoal() ? "" : MessageFormat.format(text.getString("goal.list.full"),
                UserGoals.MAX_CURRENT_GOALS));
        showGoals(result);
        archived.setAll(result.userGoals().map(g -> g.archivedGoals().stream().map(list::describe).toList())
                .orElse(List.of()));
        if (mode.get() == Mode.CURRENT || entry.reviewProperty().get() == null) {
            mode.set(result.hasGoal() ? Mode.CURRENT : Mode.ENTER);
        }
        loaded.set(true);
    }

    /** The list; the streaks (a pass over the history) are read again after a change or a {@link #load}. */
    private void showGoals(GoalState result) {
        boolean known = result.goals() != null && result.goals().equals(streaksOf);
        goalItems.setAll(list.items(result, known ? knownStreaks : Map.of()));
        if (known || !result.hasGoal()) {
            return;
        }
        background.run(() -> streaks.apply(userId), found -> {
            knownStreaks = found;
            streaksOf = result.goals();
            if (state.get() == result) {
                goalItems.setAll(list.items(result, found));
            }
        }, failure -> LOG.log(Level.WARNING, "Could not read the goals' streaks", failure));
    }

    private void clearEntry() {
        entry.clear();
        errorMessage.set("");
    }

    /** A form's problem in words, "" for none. */
    static String message(ResourceBundle text, Optional<InputProblem> problem) {
        return problem.map(p -> MessageFormat.format(text.getString(p.key()), p.arguments().toArray())).orElse("");
    }

    private <T> void run(Callable<T> work, Consumer<T> onDone) {
        busy.set(true);
        errorMessage.set("");
        background.run(work, result -> {
            busy.set(false);
            onDone.accept(result);
        }, this::fail);
    }

    private void fail(Throwable failure) {
        busy.set(false);
        if (failure instanceof InvalidGoalInputException invalid) {
            errorMessage.set(message(text, Optional.of(invalid.problem())));
        } else {
            LOG.log(Level.WARNING, "Goal screen action failed", failure);
            errorMessage.set(MessageFormat.format(text.getString("goal.error.failed"),
                    failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
        }
    }

    public GoalEntryViewModel entry() {
        return entry;
    }

    public GoalDescriptionViewModel description() {
        return description;
    }

    public TaskBreakdownViewModel tasks() {
        return tasks;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentTitleProperty() {
        return currentTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentTargetProperty() {
        return currentTarget.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GoalStatus> currentStatusProperty() {
        return currentStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentStatusTextProperty() {
        return currentStatusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty closedNoteProperty() {
        return closedNote.getReadOnlyProperty();
    }

    public ObservableList<String> history() {
        return historyView;
    }

    public ObservableList<String> archived() {
        return archivedView;
    }

    /** The current goals, focus first. */
    public ObservableList<GoalListItem> goals() {
        return goalItemsView;
    }

    /** Whether the goal shown is the focus goal (true before there is any). */
    public ReadOnlyBooleanProperty shownIsFocusProperty() {
        return shownIsFocus.getReadOnlyProperty();
    }

    /** Whether another goal can start beside the current ones (at most {@link UserGoals#MAX_CURRENT_GOALS}). */
    public ReadOnlyBooleanProperty roomForAnotherProperty() {
        return roomForAnother.getReadOnlyProperty();
    }

    /** Why no other goal can start now; "" while one can. */
    public ReadOnlyStringProperty fullNoteProperty() {
        return fullNote.getReadOnlyProperty();
    }

    public BooleanBinding canMakeFocusProperty() {
        return canMakeFocus;
    }

    public ReadOnlyObjectProperty<GoalState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public BooleanBinding hasGoalProperty() {
        return hasGoal;
    }

    /** Someone who has never had a goal: the screen welcomes them. */
    public BooleanBinding newcomerProperty() {
        return newcomer;
    }

    /** Whether the form for writing a goal shows: once the goal is read, and there is none or it is rewritten. */
    public BooleanBinding entryShownProperty() {
        return entryShown;
    }

    public BooleanBinding goalIsOpenProperty() {
        return goalIsOpen;
    }

    public BooleanBinding canCancelEntryProperty() {
        return canCancelEntry;
    }
}
