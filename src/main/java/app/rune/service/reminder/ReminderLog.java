package app.rune.service.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers, per person, the local date of the last reminder and a snooze in progress; kept across restarts. */
public interface ReminderLog {

    /** The last reminder's local date (null: never) and when a snoozed one is due again (null: none). */
    record Entry(LocalDate lastSent, Instant snoozed) {
        public static final Entry NONE = new Entry(null, null);

        public Optional<Instant> snoozedUntil() {
            return Optional.ofNullable(snoozed);
        }
    }

    Entry get(String userId);

    void put(String userId, Entry entry);

    /** In memory only: for tests and for a session without a data folder. */
    static ReminderLog inMemory() {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        return new ReminderLog() {
            @Override
            public Entry get(String userId) {
                return entries.getOrDefault(userId, Entry.NONE);
            }

            @Override
            public void put(String userId, Entry entry) {
                entries.put(userId, entry);
            }
        };
    }
}
