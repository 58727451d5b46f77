package app.rune.service.reminder;

import app.rune.data.KeyValueFile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reminder's bookkeeping in {@code reminders.properties} in the data folder, so a restart neither repeats
 * today's reminder nor forgets a snooze. Not the person's data: deleting the file at worst repeats one reminder.
 */
public final class FileReminderLog implements ReminderLog {
    private final KeyValueFile file;

    public FileReminderLog(KeyValueFile file) {
        this.file = file;
    }

    @Override
    public Entry get(String userId) {
        Map<String, String> values = file.read();
        return new Entry(parseDate(values.get(userId + ".lastSent")), parseInstant(values.get(userId + ".snoozedUntil")));
    }

    @Override
    public void put(String userId, Entry entry) {
        Map<String, String> values = new TreeMap<>(file.read());
        values.put(userId + ".lastSent", entry.lastSent() == null ? null : entry.lastSent().toString());
        values.put(userId + ".snoozedUntil", entry.snoozed() == null ? null : entry.snoozed().toString());
        values.values().removeIf(Objects::isNull);
        file.write(values);
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant parseInstant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
