package app.rune.model;

import java.math.BigDecimal;

/**
 * What makes a measurable task done: at least 20 pages, at most 2 cups. The amount is kept as written
 * ({@code 12.5} stays {@code 12.5}); the unit is the person's own word.
 */
public record TaskTarget(BigDecimal amount, String unit, TargetKind kind) {

    public TaskTarget {
        amount = Amounts.plain(amount);
    }

    /** Whether a day's {@code done} amount meets this target. */
    public boolean metBy(BigDecimal done) {
        if (done == null || amount == null) {
            return false;
        }
        int compared = done.compareTo(amount);
        return kind == TargetKind.AT_MOST ? compared <= 0 : compared >= 0;
    }
}
