package app.rune.ui.goal;

import app.rune.model.SchedulePeriod;
import app.rune.model.TargetKind;
import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;
import app.rune.model.Weekday;
import app.rune.model.validation.DocumentValidator;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The editor of one task's plan: when it is due (every day, chosen weekdays, N times a week or month) and whether
 * it is measured (an amount, its unit, at least or at most). {@link #problemProperty} says what is wrong while it
 * cannot be kept; {@link #schedule()} and {@link #target()} give the result.
 */
public final class TaskPlanEditor {
    public enum Kind { EVERY_DAY, WEEKDAYS, TIMES_A_WEEK, TIMES_A_MONTH }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,12}([.,]\\d+)?");

    private final ResourceBundle text;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.EVERY_DAY);
    private final ObservableSet<DayOfWeek> days = FXCollections.observableSet(EnumSet.noneOf(DayOfWeek.class));
    private final IntegerProperty times = new SimpleIntegerProperty(this, "times", 3);
    private final BooleanProperty measured = new SimpleBooleanProperty(this, "measured");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final BooleanProperty atMost = new SimpleBooleanProperty(this, "atMost");
    private final StringBinding problem;

    public TaskPlanEditor(TaskSchedule schedule, TaskTarget target, ResourceBundle text) {
        this.text = text;
        TaskSchedule plan = TaskSchedule.orEveryDay(schedule);
        if (plan.flexible()) {
            kind.set(plan.every() == SchedulePeriod.MONTH ? Kind.TIMES_A_MONTH : Kind.TIMES_A_WEEK);
            times.set(plan.times());
        } else if (!plan.everyDay()) {
            kind.set(Kind.WEEKDAYS);
            plan.days().forEach(d -> days.add(d.dayOfWeek()));
        }
        if (target != null) {
            measured.set(true);
            amount.set(target.amount() == null ? "" : target.amount().stripTrailingZeros().toPlainString());
            unit.set(target.unit() == null ? "" : target.unit());
            atMost.set(target.kind() == TargetKind.AT_MOST);
        }
        problem = Bindings.createStringBinding(this::findProblem, kind, days, times, measured, amount, unit);
    }

    private String findProblem() {
        if (kind.get() == Kind.WEEKDAYS && days.isEmpty()) {
            return text.getString("plan.error.noDays");
        }
        int most = kind.get() == Kind.TIMES_A_MONTH ? 31 : 7;
        if ((kind.get() == Kind.TIMES_A_WEEK || kind.get() == Kind.TIMES_A_MONTH)
                && (times.get() < 1 || times.get() > most)) {
            return MessageFormat.format(text.getString("plan.error.times"), most);
        }
        if (measured.get()) {
            Optional<BigDecimal> value = parsedAmount();
            if (value.isEmpty() || value.get().signum() < 0 || (value.get().signum() == 0 && !atMost.get())
                    || DocumentValidator.amountProblem(value.get()).isPresent()) {
                return text.getString("plan.error.amount");
            }
            if (unit.get() != null && unit.get().strip().codePointCount(0, unit.get().strip().length()) > 40) {
                return text.getString("plan.error.unit");
            }
        }
        return "";
    }

    private Optional<BigDecimal> parsedAmount() {
        String typed = amount.get() == null ? "" : amount.get().strip();
        return NUMBER.matcher(typed).matches() ? Optional.of(new BigDecimal(typed.replace(',', '.')))
                : Optional.empty();
    }

    /** The schedule as edited; null for every day (the default, which the file leaves out). */
    public TaskSchedule schedule() {
        return switch (kind.get()) {
            case EVERY_DAY -> null;
            case WEEKDAYS -> TaskSchedule.onDays(days);
            case TIMES_A_WEEK -> TaskSchedule.timesAWeek(times.get());
            case TIMES_A_MONTH -> TaskSchedule.timesAMonth(times.get());
        };
    }

    /** The target as edited; null for a yes/no task. */
    public TaskTarget target() {
        if (!measured.get()) {
            return null;
        }
        String words = unit.get() == null ? "" : unit.get().strip();
        return new TaskTarget(parsedAmount().orElseThrow(), words.isEmpty() ? null : words,
                atMost.get() ? TargetKind.AT_MOST : TargetKind.AT_LEAST);
    }

    /**
     * A plan in words, for the task table: "Every day", "Mon, Wed, Fri", "3 times a week", with the target after
     * it ("20 pages", "at most 2 cups").
     */
    public static String describe(TaskSchedule schedule, TaskTarget target, ResourceBundle text) {
        TaskSchedule plan = TaskSchedule.orEveryDay(schedule);
        String when;
        if (plan.flexible()) {
            when = MessageFormat.format(text.getString(plan.every() == SchedulePeriod.MONTH ? "plan.timesAMonth"
                    : "plan.timesAWeek"), plan.times());
        } else if (plan.everyDay()) {
            when = text.getString("plan.everyDay");
        } else {
            List<String> names = new ArrayList<>();
            plan.days().forEach(d -> names.add(dayName(d.dayOfWeek())));
            when = String.join(", ", names);
        }
        if (target == null || target.amount() == null) {
            return when;
        }
        String amount = target.amount().stripTrailingZeros().toPlainString();
        String unit = target.unit() == null ? "" : target.unit();
        String how = MessageFormat.format(text.getString(target.kind() == TargetKind.AT_MOST ? "plan.atMost"
                : "plan.atLeast"), amount, unit).strip();
        return when + " \u00b7 " + how;
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.getDefault());
    }

    /** The weekdays, Monday first, for the day buttons. */
    static List<DayOfWeek> week() {
        List<DayOfWeek> week = new ArrayList<>();
        for (Weekday day : Weekday.values()) {
            week.add(day.dayOfWeek());
        }
        return week;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public Set<DayOfWeek> days() {
        return days;
    }

    public IntegerProperty timesProperty() {
        return times;
    }

    public BooleanProperty measuredProperty() {
        return measured;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public BooleanProperty atMostProperty() {
        return atMost;
    }

    /** What keeps the plan from being kept, in words; empty when it can be. */
    public StringBinding problemProperty() {
        return problem;
    }
}
