package app.rune.model;

import java.math.BigDecimal;

/** Amounts are kept as written, except that {@code 1e3} is kept as the {@code 1000} it means. */
final class Amounts {
    private Amounts() {
    }

    static BigDecimal plain(BigDecimal amount) {
        return amount != null && amount.scale() < 0 ? amount.setScale(0) : amount;
    }
}
