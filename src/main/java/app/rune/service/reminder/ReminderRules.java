package app.rune.service.reminder;

import app.rune.model.ProgressCheckFrequency;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a person wants reminding: from {@code reminder_settings} and their time zone. A weekly reminder comes on
 * {@code weeklyOn}: the weekday they started their goal (so "weekly" means "on the day this began"), else
 * Monday.
 */
public record ReminderRules(boolean enabled, LocalTime at, ProgressCheckFrequency frequency, DayOfWeek weeklyOn,
        ZoneId zone) {

    public boolean isReminderDay(DayOfWeek day) {
        ProgressCheckFrequency how = frequency == null ? ProgressCheckFrequency.DAILY : frequency;
        return switch (how) {
            case DAILY -> true;
            case WEEKDAYS -> day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
            case WEEKLY -> day == (weeklyOn == null ? DayOfWeek.MONDAY : weeklyOn);
        };
    }
}
