package app.rune.service.today;

import app.rune.service.user.UserSummary;
import java.util.List;

/**
 * What a change to a day leaves for the screens to show, read in the same trip as the change: the day itself,
 * the strip of recent days, and the header's summary (the streak may have moved).
 */
public record DayChange(DayPlan day, List<DaySummary> strip, UserSummary summary) {
    public DayChange {
        strip = List.copyOf(strip);
    }
}
