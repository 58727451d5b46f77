package app.rune.ui.today;

import app.rune.service.today.DayPlan;
import app.rune.service.today.DaySummary;
import app.rune.service.today.TaskDay;
import app.rune.ui.common.DateText;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
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
 * The top of the Today screen: which day it is ("Yesterday", its date), how much of its own tasks is done, whether
 * nothing is due, the strip of the last two weeks, and how far back and forward the person may go.
 */
public final class DayHeading {
    private final ResourceBundle text;
    private final TodayWords words;
    private final DateText dates;
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>(this, "today");
    private final ReadOnlyStringWrapper dayTitle = new ReadOnlyStringWrapper(this, "dayTitle", "");
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper(this, "dateText", "");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyBooleanWrapper nothingDue = new ReadOnlyBooleanWrapper(this, "nothingDue");
    private final ObservableList<DayChip> days = FXCollections.observableArrayList();
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoForward;

    DayHeading(ResourceBundle text, TodayWords words, DateText dates, int stripDays) {
        this.text = text;
        this.words = words;
        this.dates = dates;
        canGoBack = Bindings.createBooleanBinding(() -> date.get() != null && today.get() != null
                && date.get().isAfter(today.get().minusDays(stripDays - 1L)), date, today);
        canGoForward = Bindings.createBooleanBinding(() -> date.get() != null && today.get() != null
                && date.get().isBefore(today.get()), date, today);
    }

    void show(DayPlan plan) {
        date.set(plan.date());
        today.set(plan.today());
        dayTitle.set(dates.day(plan.date()));
        dateText.set(words.relative(plan.date(), plan.today()));
        // The count is of the day's own tasks: the week's and month's have the rest of their period. With those
        // shown too, it says so ("0 of 6 done" beside nine cards read as a mistake).
        List<TaskDay> set = plan.tasks().stream().filter(t -> !t.flexible()).toList();
        String counted = set.size() < plan.tasks().size() ? "today.progress.daysOwn" : "today.progress";
        progressText.set(set.isEmpty() ? "" : MessageFormat.format(text.getString(counted),
                set.stream().filter(TaskDay::completed).count(), set.size()));
        nothingDue.set(plan.nothingDue());
    }

    void showStrip(List<DaySummary> summaries) {
        days.setAll(DayChip.strip(summaries, dates));
    }

    /** The shown day is today, or the one before it (null until something is shown). */
    boolean showsToday() {
        return date.get() == null || date.get().equals(today.get());
    }

    public ObservableList<DayChip> days() {
        return days;
    }

    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dayTitleProperty() {
        return dayTitle.getReadOnlyProperty();
    }

    /** "Today", "Yesterday", "3 days ago". */
    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    /** "2 of 3 done", over the day's own tasks. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Whether the day has nothing due, only tasks of the week or month (the screen says so, calmly). */
    public ReadOnlyBooleanProperty nothingDueProperty() {
        return nothingDue.getReadOnlyProperty();
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoForwardProperty() {
        return canGoForward;
    }
}
