package app.rune.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dizitart.no2.collection.NitriteId;
import org.dizitart.no2.common.DBValue;
import org.dizitart.no2.store.NitriteMap;

/**
 * Walks of the day index's own map (day key to Nitrite ids), for the reads a query would make slow: Nitrite
 * 4.3's index scan takes only a range's lower bound and checks the upper one on every later document, which
 * with several people is every day of everyone after them. A walk visits only the keys asked for.
 */
final class DayIndex {
    private final NitriteMap<DBValue, List<?>> keys;

    DayIndex(NitriteMap<DBValue, List<?>> keys) {
        this.keys = keys;
    }

    /** The Nitrite ids of the days whose key lies from {@code lowest} to {@code highest}, in key order. */
    List<NitriteId> idsBetween(String lowest, String highest) {
        List<NitriteId> ids = new ArrayList<>();
        DBValue last = new DBValue(highest);
        for (DBValue key = keys.ceilingKey(new DBValue(lowest)); key != null && key.compareTo(last) <= 0;
                key = keys.higherKey(key)) {
            List<?> found = keys.get(key);
            if (found != null) {
                for (Object id : found) {
                    ids.add((NitriteId) id);
                }
            }
        }
        return ids;
    }

    /** How many days {@code userId} has, counted no further than {@code atMost}: only keys, no document. */
    int countOf(String userId, int atMost) {
        DBValue last = new DBValue(DayKey.pastLastOf(userId));
        int count = 0;
        for (DBValue key = keys.ceilingKey(new DBValue(DayKey.firstOf(userId)));
                key != null && key.compareTo(last) <= 0 && count < atMost; key = keys.higherKey(key)) {
            count++;
        }
        return count;
    }

    /** The ids of all of {@code userId}'s days, oldest first. */
    List<NitriteId> idsOf(String userId) {
        return idsBetween(DayKey.firstOf(userId), DayKey.pastLastOf(userId));
    }

    /**
     * Adds the users that have days, jumping from one user's run of keys to the next: a few index pages per
     * user, where a query over the index (or the collection) would read all of them.
     */
    void addUsers(Set<String> users) {
        for (DBValue key = keys.firstKey(); key != null;
                key = keys.higherKey(new DBValue(DayKey.pastLastOf(DayKey.userOf(key.getValue().toString()))))) {
            users.add(DayKey.userOf(key.getValue().toString()));
        }
    }
}
