package app.rune.service.analytics;

import java.time.LocalDate;

/** How far back the charts look. */
public enum ReportRange {
    FOUR_WEEKS(28), THREE_MONTHS(91), YEAR(365), ALL(Integer.MAX_VALUE);

    private final int days;

    ReportRange(int days) {
        this.days = days;
    }

    /** The first day in range, for a range ending on {@code asOf}. */
    public LocalDate firstDay(LocalDate asOf) {
        return days == Integer.MAX_VALUE ? LocalDate.of(1, 1, 1) : asOf.minusDays(days - 1L);
    }
}
