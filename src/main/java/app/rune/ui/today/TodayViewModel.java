package app.rune.ui.today;

import app.rune.service.today.CheckInService;
import app.rune.service.today.DayChange;
import app.rune.service.today.DayPlan;
import app.rune.service.today.DaySummary;
import app.rune.service.today.InvalidCheckInException;
import app.rune.service.today.ObstacleOption;
import app.rune.service.today.TaskDay;
import app.rune.service.user.UserSummary;
import app.rune.ui.common.Background;
import app.rune.ui.common.DateText;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Today screen: a day's tasks to tick off, with notes, ratings and skips; the evening check-in; the last
 * two weeks to go back to; and the coach's offer when an obstacle keeps coming back. Every change is written
 * at once, and a task says "saved" only when its write is on disk.
 */
public final class TodayViewModel {
    private static final Logger LOG = System.getLogger(TodayViewModel.class.getName());
    /** How many days the strip shows, today included. */
    public static final int STRIP_DAYS = CheckInService.STRIP_DAYS;
    static final List<String> SKIP_REASONS = List.of("ran_out_of_time", "too_tired", "forgot", "felt_unwell",
            "plans_changed", "not_motivated");
    static final List<String> MOODS = List.of("motivated", "calm", "happy", "proud", "tired", "stressed",
            "frustrated");

    private final String userId;
    private final CheckInService checkIns;
    private final Background background;
    private final ResourceBundle text;
    /** Hears the header's summary as a change left it (the streak may have moved). */
    private final Consumer<UserSummary> onSummary;
    private final DateText dates = DateText.ofDefaultLocale();

    private final ObservableList<TaskItem> tasks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");

    private final CheckInForm checkIn = new CheckInForm(busy, loaded);
    private final TodayWords words;
    private final DayHeading heading;
    private final ObstacleCoaching coaching;

    private boolean applying;

    public TodayViewModel(String userId, CheckInService checkIns, Background background, ResourceBundle text,
            Consumer<UserSummary> onSummary) {
        this.userId = userId;
        this.checkIns = checkIns;
        this.background = background;
        this.text = text;
        this.onSummary = onSummary;
        this.words = new TodayWords(text);
        this.heading = new DayHeading(text, words, dates, STRIP_DAYS);
        this.coaching = new ObstacleCoaching(text, words);
    }

    private LocalDate date() {
        return heading.dateProperty().get();
    }

    /** Opens the day (null: today). */
    public void load(LocalDate day) {
        run(() -> new Loaded(checkIns.day(userId, day), checkIns.recentDays(userId, STRIP_DAYS)), this::show);
    }

    /** Shows today as read already (at start-up, while the window opened), as if {@code load(null)} had read it. */
    public void show(DayPlan plan, List<DaySummary> strip) {
        show(new Loaded(plan, strip));
        if (!plan.hasCoaching()) {
            // Read ahead without the coaching, for the first frame: it follows, for the same day.
            LocalDate day = plan.date();
            background.run(() -> checkIns.day(userId, day), coached -> {
                if (day.equals(date())) {
                    coaching.show(coached);
                }
            }, failure -> LOG.log(Level.WARNING, "Could not read the obstacle coaching", failure));
        }
    }

    /** Reads the day again (on coming back to the screen); a day that was today moves on to the new today. */
    public void refresh() {
        load(heading.showsToday() ? null : date());
    }

    public void previousDay() {
        if (heading.canGoBackProperty().get()) {
            load(date().minusDays(1));
        }
    }

    public void nextDay() {
        if (heading.canGoForwardProperty().get()) {
            load(date().plusDays(1));
        }
    }

    public void selectDay(LocalDate day) {
        if (!Objects.equals(day, date())) {
            load(day);
        }
    }

    /**
     * The keyboard's digits: task {@code number} (from 1) is ticked or unticked; ticking a measurable task asks
     * for its amount first.
     */
    public void toggle(int number) {
        if (number >= 1 && number <= tasks.size()) {
            TaskItem item = tasks.get(number - 1);
            if (item.statusProperty().get() != TaskItem.Status.SAVING) {
                item.completedProperty().set(!item.completedProperty().get());
            }
        }
    }

    /**
     * Records the amount typed for a measurable task (the question after a tick, or the field on its card): an
     * empty field keeps the target; something that is not a number says so and writes nothing.
     */
    public void saveAmount(TaskItem item) {
        item.amount().ifPresent(amount -> {
            Optional<BigDecimal> typed = amount.parsed();
            if (typed.isEmpty()) {
                errorMessage.set(text.getString("today.amount.invalid"));
                return;
            }
            amount.askingProperty().set(false);
            if (amount.recorded() != null && typed.get().compareTo(amount.recorded()) == 0) {
                return;
            }
            write(item, () -> checkIns.setAmount(userId, date(), item.taskId(), typed.get()));
        });
    }

    /** Closes the amount question without recording anything (Escape). */
    public void cancelAmount(TaskItem item) {
        item.amount().ifPresent(amount -> {
            amount.askingProperty().set(false);
            amount.show(amount.recorded());
        });
    }

    /** Stores the notes and ratings of {@code item} if they changed. */
    public void commitDetails(TaskItem item) {
        if (!item.detailsChanged()) {
            return;
        }
        String notes = item.notesProperty().get();
        Integer difficulty = rating(item.difficultyProperty().get());
        Integer satisfaction = rating(item.satisfactionProperty().get());
        write(item, () -> checkIns.describe(userId, date(), item.taskId(), notes, difficulty, satisfaction));
    }

    /** Records why {@code item} did not happen, with its obstacles and notes. */
    public void skip(TaskItem item) {
        if (!item.canSkipProperty().get()) {
            return;
        }
        String reason = item.skipReasonProperty().get();
        List<String> obstacles = List.copyOf(item.obstacles());
        String notes = item.notesProperty().get();
        write(item, () -> checkIns.skip(userId, date(), item.taskId(), reason, obstacles, notes));
    }

    /** Adds {@code typed} to the obstacles of {@code item} (see {@link TaskItem#addObstacle}). */
    public boolean addObstacle(TaskItem item, String typed) {
        return item.addObstacle(typed, p -> MessageFormat.format(text.getString(p.key()), p.arguments().toArray()));
    }

    public void saveCheckIn() {
        if (!checkIn.canSaveProperty().get()) {
            return;
        }
        Integer rating = checkIn.rating();
        String feeling = checkIn.mood();
        boolean rest = checkIn.restDay();
        checkIn.status(text.getString("today.saving"));
        run(() -> checkIns.checkIn(userId, date(), rating, feeling, rest), change -> {
            showDay(change.day(), true);
            checkIn.status(text.getString("today.saved"));
            showAround(change);
        });
    }

    public void acceptOption(ObstacleOption.Kind kind) {
        run(() -> checkIns.acceptObstacleOption(userId, kind), plan -> load(date()));
    }

    public void dismissAlert() {
        run(() -> checkIns.dismissObstacle(userId), plan -> load(date()));
    }

    private record Loaded(DayPlan plan, List<DaySummary> strip) {
    }

    private void show(Loaded loaded) {
        applying = true;
        try {
            DayPlan plan = loaded.plan();
            List<TaskItem> items = new ArrayList<>();
            int number = 1;
            for (TaskDay day : plan.tasks()) {
                TaskItem item = new TaskItem(day, number++, text);
                item.setSkippedText(words.skipped(day.entry()));
                item.setPeriodText(words.period(day.period()));
                item.completedProperty().addListener((obs, old, done) -> {
                    if (!applying) {
                        setCompleted(item, done);
                    }
                });
                items.add(item);
            }
            tasks.setAll(items);
            showStrip(loaded.strip());
        } finally {
            applying = false;
        }
        showDay(loaded.plan(), true);
        this.loaded.set(true);
    }

    /**
     * Shows the day-level parts of a plan: title, suggestions, alert, and (when asked) the check-in as stored;
     * after a tick the check-in keeps what the person is typing. Tasks are updated one by one.
     */
    private void showDay(DayPlan plan, boolean includeCheckIn) {
        applying = true;
        try {
            heading.show(plan);
            coaching.show(plan);
        } finally {
            applying = false;
        }
        checkIn.show(plan.progress(), includeCheckIn, text.getString("today.checkedIn"));
    }

    private void setCompleted(TaskItem item, boolean done) {
        if (done && item.amount().isPresent()) {
            // A measurable task is done by its amount: ask for it, the target ready for Enter.
            applying = true;
            try {
                item.completedProperty().set(false);
            } finally {
                applying = false;
            }
            item.amount().get().ask();
            return;
        }
        write(item, () -> checkIns.setCompleted(userId, date(), item.taskId(), done));
    }

    /** One task's write: "saving" until the store has it, then "saved"; on failure the card shows what is stored. */
    private void write(TaskItem item, Callable<DayChange> work) {
        item.statusProperty().set(TaskItem.Status.SAVING);
        errorMessage.set("");
        background.run(work, change -> {
            DayPlan plan = change.day();
            applying = true;
            try {
                plan.tasks().stream().filter(t -> t.taskId().equals(item.taskId())).findFirst().ifPresent(day -> {
                    item.show(day.entry());
                    item.setSkippedText(words.skipped(day.entry()));
                    item.setPeriodText(words.period(day.period()));
                });
            } finally {
                applying = false;
            }
            item.statusProperty().set(TaskItem.Status.SAVED);
            showDay(plan, false);
            showAround(change);
        }, failure -> {
            applying = true;
            try {
                item.show(item.stored());
            } finally {
                applying = false;
            }
            item.statusProperty().set(TaskItem.Status.FAILED);
            fail(failure);
        });
    }

    /** What a change left around the day, read in the same trip: the strip and the header's summary. */
    private void showAround(DayChange change) {
        showStrip(change.strip());
        onSummary.accept(change.summary());
    }

    private void showStrip(List<DaySummary> summaries) {
        heading.showStrip(summaries);
    }

    /** A reason or obstacle code as words ("ran_out_of_time" reads "ran out of time"); free text as typed. */
    public String label(String code) {
        return words.label(code);
    }

    private static Integer rating(int stars) {
        return stars <= 0 ? null : stars;
    }

    private <T> void run(Callable<T> work, Consumer<T> onDone) {
        busy.set(true);
        errorMessage.set("");
        background.run(work, result -> {
            busy.set(false);
            onDone.accept(result);
        }, failure -> {
            busy.set(false);
            fail(failure);
        });
    }

    private void fail(Throwable failure) {
        if (failure instanceof InvalidCheckInException invalid && text.containsKey(invalid.key())) {
            errorMessage.set(MessageFormat.format(text.getString(invalid.key()), invalid.arguments().toArray()));
        } else {
            LOG.log(Level.WARNING, "Today screen action failed", failure);
            errorMessage.set(MessageFormat.format(text.getString("today.error.failed"),
                    failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
        }
    }

    public List<String> skipReasons() {
        return SKIP_REASONS;
    }

    public List<String> moods() {
        return MOODS;
    }


    public ObservableList<TaskItem> tasks() {
        return tasks;
    }











    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** The obstacle suggestions and the coach's alert about a recurring obstacle. */
    public ObstacleCoaching coaching() {
        return coaching;
    }

    /** Which day is shown, its progress and the strip of the last two weeks. */
    public DayHeading heading() {
        return heading;
    }

    /** The evening check-in. */
    public CheckInForm checkIn() {
        return checkIn;
    }


}
