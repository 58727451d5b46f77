package app.rune.service.reminder;

import app.rune.model.ProgressCheckFrequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a person wants reminding: from {@code reminder_settings} and their time zone. A weekly reminder comes on
 * {@code weeklyOn}: the weekday they started their goal (so "weekly" means "on the day this began"), else
 * Monday.
 */
public record ReminderRules(boolean enabled, LocalTime at, ProgressCheckFrequency frequency, DayOfWeek weeklyOn,
        ZoneId zone, LocalTime dayStart) {

    public ReminderRules {
        dayStart = dayStart == null ? LocalTime.MIDNIGHT : dayStart;
    }

    /** With the day starting at midnight. */
    public ReminderRules(boolean enabled, LocalTime at, ProgressCheckFrequency frequency, DayOfWeek weeklyOn,
            ZoneId zone) {
        this(enabled, at, frequency, weeklyOn, zone, LocalTime.MIDNIGHT);
    }

    /** The person's day a wall-clock moment belongs to: before the day's start, still the day before. */
    public LocalDate dayOf(LocalDateTime local) {
        return local.toLocalTime().isBefore(dayStart) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }

    /**
     * Whether {@code time} comes before the reminder's time within the person's day, which runs from its start
     * to the next day's (a 01:00 reminder with a day start of 04:00 comes late in the day, not early).
     */
    public boolean beforeReminder(LocalTime time) {
        return sinceDayStart(time) < sinceDayStart(at);
    }

    private int sinceDayStart(LocalTime time) {
        int minutes = time.toSecondOfDay() - dayStart.toSecondOfDay();
        return minutes < 0 ? minutes + 24 * 3600 : minutes;
    }

    public boolean isReminderDay(DayOfWeek day) {
        ProgressCheckFrequency how = frequency == null ? ProgressCheckFrequency.DAILY : frequency;
        return switch (how) {
            case DAILY -> true;
            case WEEKDAYS -> day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
            case WEEKLY -> day == (weeklyOn == null ? DayOfWeek.MONDAY : weeklyOn);
        };
    }
}
