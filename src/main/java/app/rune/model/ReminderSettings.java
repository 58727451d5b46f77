package app.rune.model;

import java.time.LocalTime;

/** Whether and when Rune reminds the person. */
public record ReminderSettings(
        Boolean dailyReminder,
        LocalTime reminderTime,
        String reminderMessageStyle,
        ProgressCheckFrequency progressCheckFrequency) {
}
