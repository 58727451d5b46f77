package app.rune.ui.goal;

import app.rune.model.ArchivedGoal;
import app.rune.model.GoalRefinement;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.service.goal.Finding;
import app.rune.service.goal.GoalInputRules;
import app.rune.service.goal.GoalReview;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Goal screen: write a wish, have the coach review it, accept a wording and a date; then the goal, its
 * status actions, its daily tasks ({@link TaskBreakdownViewModel}) and everything that came before it.
 */
public final class GoalViewModel {
    private static final Logger LOG = System.getLogger(GoalViewModel.class.getName());

    /** Writing a goal (the first, a new one, or a new wording), or looking at the current one. */
    public enum Mode { ENTER, CURRENT }

    private final GoalService goals;
    private final Background background;
    private final ResourceBundle text;
    private final ResourceBundle coachWords;
    private final String userId;
    private final Runnable onGoalChanged;
    private final DateText dates = DateText.ofDefaultLocale();

    private final StringProperty goalInput = new SimpleStringProperty(this, "goalInput", "");
    private final StringProperty refinedGoal = new SimpleStringProperty(this, "refinedGoal", "");
    private final ObjectProperty<LocalDate> targetDate = new SimpleObjectProperty<>(this, "targetDate");

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.ENTER);
    private final ReadOnlyObjectWrapper<GoalState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<GoalReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ObservableList<FindingItem> findings = FXCollections.observableArrayList();
    // One read-only view each, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<FindingItem> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyStringWrapper reviewSummary = new ReadOnlyStringWrapper(this, "reviewSummary", "");
    private final ReadOnlyStringWrapper goalInputError = new ReadOnlyStringWrapper(this, "goalInputError", "");
    private final ReadOnlyStringWrapper refinedGoalError = new ReadOnlyStringWrapper(this, "refinedGoalError", "");
    private final ReadOnlyStringWrapper targetDateError = new ReadOnlyStringWrapper(this, "targetDateError", "");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    private final ReadOnlyStringWrapper currentTitle = new ReadOnlyStringWrapper(this, "currentTitle", "");
    private final ReadOnlyStringWrapper currentTarget = new ReadOnlyStringWrapper(this, "currentTarget", "");
    private final ReadOnlyObjectWrapper<GoalStatus> currentStatus = new ReadOnlyObjectWrapper<>(this, "currentStatus");
    private final ReadOnlyStringWrapper currentStatusText = new ReadOnlyStringWrapper(this, "currentStatusText", "");
    private final ReadOnlyStringWrapper closedNote = new ReadOnlyStringWrapper(this, "closedNote", "");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<String> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<String> archived = FXCollections.observableArrayList();
    private final ObservableList<String> archivedView = FXCollections.unmodifiableObservableList(archived);

    private final TaskBreakdownViewModel tasks;
    private final BooleanBinding hasGoal;
    private final BooleanBinding canReview;
    private final BooleanBinding canAccept;
    private final BooleanBinding canCancelEntry;
    private final BooleanBinding goalIsOpen;
    private final BooleanBinding newcomer;

    public GoalViewModel(String userId, GoalService goals, Background background, ResourceBundle text,
            ResourceBundle coachWords, Runnable onGoalChanged) {
        this.userId = userId;
        this.goals = goals;
        this.background = background;
        this.text = text;
        this.coachWords = coachWords;
        this.onGoalChanged = onGoalChanged;
        this.tasks = new TaskBreakdownViewModel(goals, background, text, this::apply, this::fail);

        goalInput.addListener((obs, old, now) -> goalInputError.set(
                now == null || now.isBlank() ? "" : message(GoalInputRules.wish(now))));
        refinedGoal.addListener((obs, old, now) -> checkRefinement());
        targetDate.addListener((obs, old, now) -> checkRefinement());

        hasGoal = Bindings.createBooleanBinding(() -> state.get() != null && state.get().hasGoal(), state);
        goalIsOpen = Bindings.createBooleanBinding(() -> currentStatus.get() == GoalStatus.ACTIVE
                || currentStatus.get() == GoalStatus.PAUSED, currentStatus);
        canReview = Bindings.createBooleanBinding(() -> !busy.get() && GoalInputRules.wish(goalInput.get()).isEmpty(),
                goalInput, busy);
        canAccept = Bindings.createBooleanBinding(() -> !busy.get() && review.get() != null
                && refinedGoalError.get().isEmpty() && targetDateError.get().isEmpty()
                && GoalInputRules.goalTitle(refinedGoal.get()).isEmpty() && targetDate.get() != null,
                busy, review, refinedGoalError, targetDateError, refinedGoal, targetDate);
        newcomer = Bindings.createBooleanBinding(() -> loaded.get() && !hasGoal.get() && archived.isEmpty(),
                loaded, hasGoal, archived);
        canCancelEntry = Bindings.createBooleanBinding(() -> mode.get() == Mode.ENTER && hasGoal.get(), mode, hasGoal);
    }

    /** Reads the person's goal; the screen shows the writing form until there is one. */
    public void load() {
        run(() -> goals.load(userId), this::apply);
    }

    public void review() {
        if (!canReview.get()) {
            return;
        }
        String wish = goalInput.get();
        run(() -> goals.review(userId, wish, null), result -> {
            review.set(result);
            findings.setAll(result.findings().stream().map(this::describe).toList());
            reviewSummary.set(text.getString(result.allMet() ? "goal.review.allMet" : "goal.review.someMissing"));
            refinedGoal.set(result.proposedWording());
            targetDate.set(result.proposedTargetDate());
            checkRefinement();
        });
    }

    public void acceptRefinement() {
        if (!canAccept.get()) {
            return;
        }
        GoalReview accepted = review.get();
        String wording = refinedGoal.get();
        LocalDate date = targetDate.get();
        run(() -> goals.acceptRefinement(userId, accepted, wording, date), result -> {
            clearEntry();
            apply(result);
            onGoalChanged.run();
        });
    }

    /** Opens the writing form on the current goal's wording, to refine it; its tasks stay as they are. */
    public void refineCurrent() {
        clearEntry();
        goalInput.set(currentTitle.get());
        mode.set(Mode.ENTER);
    }

    /** After a goal is completed or abandoned: the form for the next one. The old goal is kept. */
    public void startNewGoal() {
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
        run(() -> goals.changeStatus(userId, status), result -> {
            apply(result);
            onGoalChanged.run();
        });
    }

    private void apply(GoalState result) {
        state.set(result);
        tasks.load(result);
        Optional<LongTermGoal> goal = result.userGoals().map(g -> g.longTermGoal());
        currentTitle.set(goal.map(LongTermGoal::title).orElse(""));
        currentTarget.set(goal.map(LongTermGoal::targetDate)
                .map(date -> MessageFormat.format(text.getString("goal.current.target"), dates.date(date)))
                .orElse(text.getString("goal.current.noTarget")));
        currentStatus.set(goal.map(LongTermGoal::status).orElse(null));
        currentStatusText.set(goal.map(g -> text.getString("goal.status." + g.status().name())).orElse(""));
        closedNote.set(goal.filter(g -> g.status() == GoalStatus.COMPLETED || g.status() == GoalStatus.ABANDONED)
                .map(g -> MessageFormat.format(text.getString("goal.closed.note"),
                        text.getString("goal.status." + g.status().name()).toLowerCase(Locale.ROOT)))
                .orElse(""));
        history.setAll(result.userGoals().map(g -> g.goalRefinementHistory().stream().map(this::describe).toList())
                .orElse(List.of()));
        archived.setAll(result.userGoals().map(g -> g.archivedGoals().stream().map(this::describe).toList())
                .orElse(List.of()));
        if (mode.get() == Mode.CURRENT || review.get() == null) {
            mode.set(result.hasGoal() ? Mode.CURRENT : Mode.ENTER);
        }
        loaded.set(true);
    }

    private void clearEntry() {
        goalInput.set("");
        review.set(null);
        findings.clear();
        reviewSummary.set("");
        refinedGoal.set("");
        targetDate.set(null);
        refinedGoalError.set("");
        targetDateError.set("");
        errorMessage.set("");
    }

    private void checkRefinement() {
        if (review.get() == null) {
            return;
        }
        refinedGoalError.set(message(GoalInputRules.goalTitle(refinedGoal.get())));
        LocalDate today = state.get() != null ? state.get().today() : LocalDate.now();
        targetDateError.set(message(GoalInputRules.targetDate(targetDate.get(), today)));
    }

    private FindingItem describe(Finding finding) {
        String words = coachWords.containsKey(finding.messageKey())
                ? MessageFormat.format(coachWords.getString(finding.messageKey()), finding.arguments().toArray())
                : finding.messageKey();
        return new FindingItem(text.getString("goal.criterion." + finding.criterion().name()), finding.met(), words);
    }

    private String describe(GoalRefinement round) {
        String when = round.refinementDate() == null ? "" : dates.date(round.refinementDate()
                .atZone(ZoneOffset.UTC).toLocalDate());
        return MessageFormat.format(text.getString("history.refinement"), when, round.original(),
                round.refined() == null ? "" : round.refined(), round.finalWording() == null ? "" : round.finalWording());
    }

    private String describe(ArchivedGoal goal) {
        LongTermGoal old = goal.longTermGoal();
        return MessageFormat.format(text.getString("history.archivedGoal"), old.title(),
                text.getString("goal.status." + old.status().name()), goal.dailyTasks().size());
    }

    private String message(Optional<InputProblem> problem) {
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
            errorMessage.set(message(Optional.of(invalid.problem())));
        } else {
            LOG.log(Level.WARNING, "Goal screen action failed", failure);
            errorMessage.set(MessageFormat.format(text.getString("goal.error.failed"),
                    failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
        }
    }

    public TaskBreakdownViewModel tasks() {
        return tasks;
    }

    public StringProperty goalInputProperty() {
        return goalInput;
    }

    public StringProperty refinedGoalProperty() {
        return refinedGoal;
    }

    public ObjectProperty<LocalDate> targetDateProperty() {
        return targetDate;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GoalReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public ObservableList<FindingItem> findings() {
        return findingsView;
    }

    public ReadOnlyStringProperty reviewSummaryProperty() {
        return reviewSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty goalInputErrorProperty() {
        return goalInputError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refinedGoalErrorProperty() {
        return refinedGoalError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetDateErrorProperty() {
        return targetDateError.getReadOnlyProperty();
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

    public BooleanBinding goalIsOpenProperty() {
        return goalIsOpen;
    }

    public BooleanBinding canReviewProperty() {
        return canReview;
    }

    public BooleanBinding canAcceptProperty() {
        return canAccept;
    }

    public BooleanBinding canCancelEntryProperty() {
        return canCancelEntry;
    }
}
