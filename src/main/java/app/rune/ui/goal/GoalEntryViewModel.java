package app.rune.ui.goal;

import app.rune.service.goal.Finding;
import app.rune.service.goal.GoalInputRules;
import app.rune.service.goal.GoalReview;
import app.rune.service.goal.GoalService;
import app.rune.service.goal.GoalState;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Writing a goal and reviewing it with the coach: the wish, the coach's findings, and its proposals for the
 * wording, the target date and what success looks like, each checked as it is edited. Accepting hands the stored
 * goal to the screen. Part of {@link GoalViewModel}, which runs the work and shows what fails.
 */
public final class GoalEntryViewModel {
    /** The goal whose wording the form refines; null while it writes a new goal. */
    private String refining;
    private final String userId;
    private final GoalService goals;
    private final ResourceBundle text;
    private final ResourceBundle coachWords;
    private final GoalViewModel.Runner runner;
    private final Supplier<LocalDate> today;
    private final Consumer<GoalState> onAccepted;
    /** The description of the goal being refined, kept over the coach's proposal; null for a new goal. */
    private String ownDescription;

    private final StringProperty goalInput = new SimpleStringProperty(this, "goalInput", "");
    private final StringProperty refinedGoal = new SimpleStringProperty(this, "refinedGoal", "");
    private final ObjectProperty<LocalDate> targetDate = new SimpleObjectProperty<>(this, "targetDate");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");

    private final ReadOnlyObjectWrapper<GoalReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ObservableList<FindingItem> findings = FXCollections.observableArrayList();
    // One read-only view, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<FindingItem> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyStringWrapper reviewSummary = new ReadOnlyStringWrapper(this, "reviewSummary", "");
    private final ReadOnlyStringWrapper goalInputError = new ReadOnlyStringWrapper(this, "goalInputError", "");
    private final ReadOnlyStringWrapper refinedGoalError = new ReadOnlyStringWrapper(this, "refinedGoalError", "");
    private final ReadOnlyStringWrapper targetDateError = new ReadOnlyStringWrapper(this, "targetDateError", "");
    private final ReadOnlyStringWrapper descriptionError = new ReadOnlyStringWrapper(this, "descriptionError", "");

    private final BooleanBinding canReview;
    private final BooleanBinding canAccept;

    /**
     * @param today the person's date, for checking the target date
     * @param onAccepted given the stored goal once a wording is accepted
     */
    GoalEntryViewModel(String userId, GoalService goals, ResourceBundle text, ResourceBundle coachWords,
            GoalViewModel.Runner runner, ObservableBooleanValue busy, Supplier<LocalDate> today,
            Consumer<GoalState> onAccepted) {
        this.userId = userId;
        this.goals = goals;
        this.text = text;
        this.coachWords = coachWords;
        this.runner = runner;
        this.today = today;
        this.onAccepted = onAccepted;
        goalInput.addListener((obs, old, now) -> goalInputError.set(
                now == null || now.isBlank() ? "" : GoalViewModel.message(text, GoalInputRules.wish(now))));
        refinedGoal.addListener((obs, old, now) -> checkProposal());
        targetDate.addListener((obs, old, now) -> checkProposal());
        description.addListener((obs, old, now) -> checkProposal());
        canReview = Bindings.createBooleanBinding(() -> !busy.get() && GoalInputRules.wish(goalInput.get()).isEmpty(),
                goalInput, busy);
        canAccept = Bindings.createBooleanBinding(() -> !busy.get() && review.get() != null
                && refinedGoalError.get().isEmpty() && targetDateError.get().isEmpty()
                && descriptionError.get().isEmpty()
                && GoalInputRules.goalTitle(refinedGoal.get()).isEmpty() && targetDate.get() != null,
                busy, review, refinedGoalError, targetDateError, descriptionError, refinedGoal, targetDate);
    }

    public void review() {
        if (!canReview.get()) {
            return;
        }
        String wish = goalInput.get();
        runner.run(() -> goals.review(userId, wish, null), result -> {
            review.set(result);
            findings.setAll(result.findings().stream().map(this::describe).toList());
            reviewSummary.set(text.getString(result.allMet() ? "goal.review.allMet" : "goal.review.someMissing"));
            refinedGoal.set(result.proposedWording());
            targetDate.set(result.proposedTargetDate());
            description.set(ownDescription != null && !ownDescription.isBlank() ? ownDescription
                    : result.proposedDescription());
            checkProposal();
        });
    }

    public void acceptRefinement() {
        if (!canAccept.get()) {
            return;
        }
        GoalReview accepted = review.get();
        String wording = refinedGoal.get();
        String success = description.get();
        LocalDate date = targetDate.get();
        String goalId = refining;
        runner.run(() -> goals.acceptRefinement(userId, goalId, accepted, wording, success, date), result -> {
            clear();
            onAccepted.accept(result);
        });
    }

    /** The form on goal {@code goalId}'s wording and description, to refine it. */
    void startFrom(String goalId, String wording, String ownDescription) {
        clear();
        goalInput.set(wording);
        this.ownDescription = ownDescription;
        this.refining = goalId;
    }

    void clear() {
        goalInput.set("");
        ownDescription = null;
        refining = null;
        review.set(null);
        findings.clear();
        reviewSummary.set("");
        refinedGoal.set("");
        targetDate.set(null);
        description.set("");
        refinedGoalError.set("");
        targetDateError.set("");
        descriptionError.set("");
    }

    private void checkProposal() {
        if (review.get() == null) {
            return;
        }
        refinedGoalError.set(GoalViewModel.message(text, GoalInputRules.goalTitle(refinedGoal.get())));
        targetDateError.set(GoalViewModel.message(text, GoalInputRules.targetDate(targetDate.get(), today.get())));
        descriptionError.set(GoalViewModel.message(text, GoalInputRules.goalDescription(description.get())));
    }

    private FindingItem describe(Finding finding) {
        String words = coachWords.containsKey(finding.messageKey())
                ? MessageFormat.format(coachWords.getString(finding.messageKey()), finding.arguments().toArray())
                : finding.messageKey();
        return new FindingItem(text.getString("goal.criterion." + finding.criterion().name()), finding.met(), words);
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

    /** What reaching the goal looks like: the coach's proposal (or the goal's own, when refining), editable. */
    public StringProperty descriptionProperty() {
        return description;
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

    public ReadOnlyStringProperty descriptionErrorProperty() {
        return descriptionError.getReadOnlyProperty();
    }

    public BooleanBinding canReviewProperty() {
        return canReview;
    }

    public BooleanBinding canAcceptProperty() {
        return canAccept;
    }
}
