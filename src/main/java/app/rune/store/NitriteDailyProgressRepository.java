package app.rune.store;

import static org.dizitart.no2.filters.FluentFilter.where;

import app.rune.model.Collection;
import app.rune.model.DailyProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.common.DBValue;
import org.dizitart.no2.filters.Filter;
import org.dizitart.no2.store.NitriteMap;

/**
 * {@code daily_progress}: found through the unique index on each day's {@code day_key} (user, then ISO date; see
 * {@link DayKey}), so one person's days lie together in date order and a date range is one scan.
 */
final class NitriteDailyProgressRepository extends NitriteRepository<DailyProgress> implements DailyProgressRepository {

    static final Comparator<DailyProgress> BY_USER_AND_DATE = Comparator
            .comparing(DailyProgress::userId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DailyProgress::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DailyProgress::id);

    NitriteDailyProgressRepository(DatabaseThread thread, Database database) {
        super(Collection.DAILY_PROGRESS, DailyProgress.class, DailyProgress::id, BY_USER_AND_DATE, thread, database);
    }

    @Override
    public Optional<DailyProgress> findByUserAndDate(String userId, LocalDate date) {
        return find(onDay(userId, date)).stream().findFirst();
    }

    @Override
    public List<DailyProgress> findByUser(String userId) {
        return find(allDaysOf(userId));
    }

    @Override
    public List<DailyProgress> findByUserBetween(String userId, LocalDate from, LocalDate to) {
        return find(between(userId, from, to));
    }

    @Override
    public int countByUser(String userId) {
        return thread.call(() -> (int) database.open().collection(Collection.DAILY_PROGRESS).find(allDaysOf(userId)).size());
    }

    @Override
    public List<List<String>> obstaclesBetween(String userId, LocalDate from, LocalDate to) {
        return thread.call(() -> {
            List<Document> days = new ArrayList<>();
            database.open().collection(Collection.DAILY_PROGRESS).find(between(userId, from, to)).forEach(days::add);
            days.sort(Comparator.comparing(day -> String.valueOf(day.get("date"))));
            List<List<String>> obstacles = new ArrayList<>();
            for (Document day : days) {
                for (Object entry : listOf(day.get("tasks"))) {
                    if (entry instanceof Document task) {
                        obstacles.add(listOf(task.get("obstacles")).stream().map(String::valueOf).toList());
                    }
                }
            }
            return obstacles;
        });
    }

    private static List<?> listOf(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    static Filter onDay(String userId, LocalDate date) {
        return where(DocumentCodec.DAY_KEY).eq(DayKey.of(userId, date.toString()));
    }

    /**
     * The lower bound comes first: where Nitrite's index scan takes one bound per field it scans from
     * {@code from} onwards (recent days, for the screens) and checks the rest on that small set.
     */
    static Filter between(String userId, LocalDate from, LocalDate to) {
        return Filter.and(where(DocumentCodec.DAY_KEY).gte(DayKey.of(userId, from.toString())),
                where(DocumentCodec.DAY_KEY).lte(DayKey.of(userId, to.toString())));
    }

    static Filter allDaysOf(String userId) {
        return Filter.and(where(DocumentCodec.DAY_KEY).gte(DayKey.firstOf(userId)),
                where(DocumentCodec.DAY_KEY).lt(DayKey.pastLastOf(userId)));
    }

    /**
     * Adds the users that have days, jumping through the day index from one user's run of keys to the next: a
     * few index pages per user, where a query over the index (or the collection) would read all of them.
     */
    static void addUsersWithDays(NitriteDatabase open, Set<String> users) {
        NitriteMap<DBValue, List<?>> index = open.dayIndex();
        for (DBValue key = index.firstKey(); key != null;
                key = index.higherKey(new DBValue(DayKey.pastLastOf(DayKey.userOf(key.getValue().toString()))))) {
            users.add(DayKey.userOf(key.getValue().toString()));
        }
    }

    @Override
    String conflictMessage(DailyProgress document) {
        return "user \"" + document.userId() + "\" already has a daily_progress document for " + document.date();
    }
}
