package app.rune.ui.today;

import app.rune.model.TargetKind;
import app.rune.model.TaskTarget;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The amount of a measurable task on its card: what was recorded ("12 / 20 pages"), the field the person types
 * into with its − / + steps, and whether the card is asking for the amount after a tick (Enter keeps the target).
 */
public final class TaskAmount {
    /** A plain number: 12, 12.5 or 0.25 (a comma for the decimal point too, as many people type it). */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,12}([.,]\\d+)?");

    private final TaskTarget target;
    private final ResourceBundle text;
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final BooleanProperty asking = new SimpleBooleanProperty(this, "asking");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private BigDecimal recorded;

    TaskAmount(TaskTarget target, ResourceBundle text) {
        this.target = target;
        this.text = text;
    }

    /** Shows {@code amount} as recorded (null: none yet) and puts it in the field. */
    void show(BigDecimal amount) {
        recorded = amount;
        typed.set(amount == null ? "" : plain(amount));
        String goal = plain(target.amount());
        String unit = target.unit() == null ? "" : target.unit();
        boolean atMost = target.kind() == TargetKind.AT_MOST;
        if (amount == null) {
            shown.set(MessageFormat.format(text.getString(atMost ? "today.amount.targetAtMost"
                    : "today.amount.target"), goal, unit).strip());
        } else {
            shown.set(MessageFormat.format(text.getString(atMost ? "today.amount.doneAtMost" : "today.amount.done"),
                    plain(amount), goal, unit).strip());
        }
    }

    /** Opens the question after a tick, the target in the field. */
    void ask() {
        typed.set(plain(recorded != null && target.metBy(recorded) ? recorded : target.amount()));
        asking.set(true);
    }

    /** One step up or down (1 of the unit), never below 0. */
    public void step(int direction) {
        BigDecimal now = parsed().orElse(recorded == null ? BigDecimal.ZERO : recorded);
        BigDecimal next = now.add(BigDecimal.valueOf(direction));
        typed.set(plain(next.signum() < 0 ? BigDecimal.ZERO : next));
    }

    /** The typed amount; an empty field means the target (what Enter on the question keeps). */
    Optional<BigDecimal> parsed() {
        String value = typed.get() == null ? "" : typed.get().strip();
        if (value.isEmpty()) {
            return Optional.of(target.amount());
        }
        return NUMBER.matcher(value).matches() ? Optional.of(new BigDecimal(value.replace(',', '.')))
                : Optional.empty();
    }

    /** Whether the field holds something other than what is recorded. */
    boolean changed() {
        Optional<BigDecimal> now = parsed();
        return now.isPresent() && (recorded == null || now.get().compareTo(recorded) != 0);
    }

    BigDecimal recorded() {
        return recorded;
    }

    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    public TaskTarget target() {
        return target;
    }

    public String unit() {
        return target.unit() == null ? "" : target.unit();
    }

    /** What the field holds. */
    public StringProperty typedProperty() {
        return typed;
    }

    /** Whether the card asks for the amount (after a tick by click or number key). */
    public BooleanProperty askingProperty() {
        return asking;
    }

    /** "12 / 20 pages" once an amount is recorded, "20 pages" (or "at most 2 cups") before. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
