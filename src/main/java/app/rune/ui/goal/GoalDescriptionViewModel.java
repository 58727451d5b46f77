package app.rune.ui.goal;

import app.rune.service.goal.GoalInputRules;
import app.rune.service.goal.GoalService;
import app.rune.service.goal.GoalState;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What reaching the current goal looks like, in the person's words ({@code long_term_goal.description}): shown
 * under the goal, with a word on what to write while there is none, and edited in place. Part of
 * {@link GoalViewModel}, which runs the work and shows what fails.
 */
public final class GoalDescriptionViewModel {
    private final Supplier<String> shownGoal;
    private final String userId;
    private final GoalService goals;
    private final ResourceBundle text;
    private final GoalViewModel.Runner runner;
    private final Consumer<GoalState> onSaved;

    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private final ReadOnlyBooleanWrapper described = new ReadOnlyBooleanWrapper(this, "described");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canSave;

    GoalDescriptionViewModel(String userId, GoalService goals, ResourceBundle text, GoalViewModel.Runner runner,
            ObservableBooleanValue busy, Supplier<String> shownGoal, Consumer<GoalState> onSaved) {
        this.userId = userId;
        this.shownGoal = shownGoal;
        this.goals = goals;
        this.text = text;
        this.runner = runner;
        this.onSaved = onSaved;
        draft.addListener((obs, old, now) -> error.set(GoalViewModel.message(text,
                GoalInputRules.goalDescription(now))));
        canSave = Bindings.createBooleanBinding(() -> editing.get() && !busy.get() && error.get().isEmpty()
                && !Objects.equals(draft.get() == null ? "" : draft.get().strip(), description.get()),
                editing, busy, error, draft, description);
        show(null);
    }

    /** The stored description (null for none). */
    void show(String stored) {
        description.set(stored == null ? "" : stored);
        described.set(stored != null && !stored.isBlank());
        shown.set(described.get() ? stored : text.getString("goal.description.none"));
    }

    public void edit() {
        draft.set(description.get());
        error.set("");
        editing.set(true);
    }

    public void cancel() {
        editing.set(false);
        draft.set("");
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        String words = draft.get();
        String goalId = shownGoal.get();
        runner.run(() -> goals.describe(userId, goalId, words), result -> {
            editing.set(false);
            onSaved.accept(result);
        });
    }

    /** The description as stored, "" for none. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** The description, or while there is none a word on what to write. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty describedProperty() {
        return described.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
