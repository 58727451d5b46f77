package app.rune.service.today;

import java.time.LocalDate;

/**
 * One day of the recent-days strip: how many tasks were done out of how many there were (today's tasks, or
 * more if that day recorded more), and whether it was a rest day or checked in.
 */
public record DaySummary(LocalDate date, int completed, int planned, boolean restDay, boolean checkedIn) {
}
