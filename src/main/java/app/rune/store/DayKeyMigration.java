package app.rune.store;

import app.rune.model.Collection;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.collection.NitriteCollection;

/**
 * Schema 1 to 2: every {@code daily_progress} document gets its {@code day_key}, and the compound
 * (user_id, date) index goes. Nitrite keeps a compound index's first field as one entry holding every value of
 * the others, so each tick rewrote all of a person's dates; the day key's index has an entry per day. The new
 * index itself is made when the file opens, as for a new file.
 */
final class DayKeyMigration {
    static final Schema.Step STEP =
            new Schema.Step(1, "days indexed by their day key", DayKeyMigration::addDayKeys);

    private DayKeyMigration() {
    }

    static void addDayKeys(NitriteDatabase database) {
        NitriteCollection days = database.collection(Collection.DAILY_PROGRESS);
        // First, so the updates below do not each rewrite the old index's entry.
        if (days.hasIndex("user_id", "date")) {
            days.dropIndex("user_id", "date");
        }
        for (Document day : days.find().toList()) {
            Object user = day.get("user_id");
            Object date = day.get("date");
            if (user != null && date != null) {
                day.put(DocumentCodec.DAY_KEY, DayKey.of(user.toString(), date.toString()));
                days.update(day);
            }
        }
    }
}
