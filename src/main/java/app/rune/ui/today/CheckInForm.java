package app.rune.ui.today;

import app.rune.model.DailyProgress;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The evening check-in on Today: the day's rating (0 for none), the mood, whether it was a rest day, and whether
 * what is typed differs from what is stored (so it can be saved). The screen's model fills it from the stored
 * day and saves it through the check-in service.
 */
public final class CheckInForm {
    private final IntegerProperty dayRating = new SimpleIntegerProperty(this, "dayRating");
    private final StringProperty mood = new SimpleStringProperty(this, "mood", "");
    private final BooleanProperty restDay = new SimpleBooleanProperty(this, "restDay");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final BooleanBinding canSave;
    private DailyProgress stored;
    /** While the stored values are put in: not the person typing, so the status stays. */
    private boolean showingStored;

    /** @param busy and @param loaded the screen's state: nothing is saved while it works or before it shows a day */
    CheckInForm(ObservableBooleanValue busy, ObservableBooleanValue loaded) {
        dayRating.addListener((obs, old, now) -> check());
        mood.addListener((obs, old, now) -> check());
        restDay.addListener((obs, old, now) -> check());
        canSave = Bindings.createBooleanBinding(() -> changed.get() && !busy.get() && loaded.get(), changed, busy,
                loaded);
    }

    /** The stored day (null: none yet); its values fill the form when {@code fillIn}, else only the comparison. */
    void show(DailyProgress day, boolean fillIn, String checkedInText) {
        stored = day;
        if (fillIn) {
            showingStored = true;
            try {
                dayRating.set(day == null || day.overallDayRating() == null ? 0 : day.overallDayRating());
                mood.set(day == null || day.moodAfterTasks() == null ? "" : day.moodAfterTasks());
                restDay.set(day != null && Boolean.TRUE.equals(day.restDay()));
                status.set(day != null && day.checkInTime() != null ? checkedInText : "");
            } finally {
                showingStored = false;
            }
        }
        check();
    }

    void status(String text) {
        status.set(text);
    }

    /** The rating to store: none for no stars. */
    Integer rating() {
        return dayRating.get() <= 0 ? null : dayRating.get();
    }

    String mood() {
        return mood.get();
    }

    boolean restDay() {
        return restDay.get();
    }

    private void check() {
        int storedRating = stored == null || stored.overallDayRating() == null ? 0 : stored.overallDayRating();
        String storedMood = stored == null || stored.moodAfterTasks() == null ? "" : stored.moodAfterTasks();
        boolean storedRest = stored != null && Boolean.TRUE.equals(stored.restDay());
        boolean notCheckedIn = stored == null || stored.checkInTime() == null;
        String typedMood = mood.get() == null ? "" : mood.get().strip();
        boolean differs = dayRating.get() != storedRating || !typedMood.equals(storedMood)
                || restDay.get() != storedRest;
        // A first check-in needs something to say; after that, any change can be saved.
        changed.set(differs || notCheckedIn && (dayRating.get() > 0 || restDay.get() || !typedMood.isEmpty()));
        if (differs && !showingStored) {
            status.set("");
        }
    }

    public IntegerProperty dayRatingProperty() {
        return dayRating;
    }

    public StringProperty moodProperty() {
        return mood;
    }

    public BooleanProperty restDayProperty() {
        return restDay;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
