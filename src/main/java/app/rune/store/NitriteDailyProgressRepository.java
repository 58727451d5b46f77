package app.rune.store;

import static org.dizitart.no2.filters.FluentFilter.where;

import app.rune.model.Collection;
import app.rune.model.DailyProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.collection.NitriteCollection;
import org.dizitart.no2.collection.NitriteId;
import org.dizitart.no2.filters.Filter;

/**
 * {@code daily_progress}: found through the unique index on each day's {@code day_key} (user, then ISO date; see
 * {@link DayKey}), so one person's days lie together in date order: a day is one index lookup, a date range one
 * walk along the index ({@link DayIndex}).
 */
final class NitriteDailyProgressRepository extends NitriteRepository<DailyProgress> implements DailyProgressRepository {

    static final Comparator<DailyProgress> BY_USER_AND_DATE = Comparator
            .comparing(DailyProgress::userId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DailyProgress::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DailyProgress::id);

    /** The last obstacle lists read, kept while the file does not change under them; database thread only. */
    private ObstacleWindow obstacleWindow;

    NitriteDailyProgressRepository(DatabaseThread thread, Database database) {
        super(Collection.DAILY_PROGRESS, DailyProgress.class, DailyProgress::id, BY_USER_AND_DATE, thread, database);
    }

    @Override
    public Optional<DailyProgress> findByUserAndDate(String userId, LocalDate date) {
        return find(onDay(userId, date)).stream().findFirst();
    }

    @Override
    public List<DailyProgress> findByUser(String userId) {
        return thread.call(() -> decodeAll(open -> open.dayIndex().idsOf(userId)));
    }

    @Override
    public void forEachOfUser(String userId, Consumer<DailyProgress> each) {
        // The day index lists a person's days in date order (user, then ISO date): no sorting needed.
        thread.call(() -> {
            NitriteDatabase open = database.open();
            NitriteCollection days = open.collection(Collection.DAILY_PROGRESS);
            for (NitriteId id : open.dayIndex().idsOf(userId)) {
                Document day = days.getById(id);
                if (day != null) {
                    each.accept(decodeInPassing(day));
                }
            }
            return null;
        });
    }

    /**
     * All days in {@link #findAll}'s order (by person, then date) through the day index, decoded one at a time. The
     * index orders people by the length of their id first (see {@link DayKey}): it is walked person by person.
     */
    @Override
    public void forEachInOrder(Consumer<DailyProgress> each) {
        thread.call(() -> {
            NitriteDatabase open = database.open();
            NitriteCollection days = open.collection(Collection.DAILY_PROGRESS);
            SortedSet<String> people = new TreeSet<>();
            open.dayIndex().addUsers(people);
            List<NitriteId> ids = new ArrayList<>();
            for (String person : people) {
                ids.addAll(open.dayIndex().idsOf(person));
            }
            if (ids.size() != days.size()) {
                // A day without a person or a date has no key: only a sort of them all gives its place.
                findAll().forEach(each);
                return null;
            }
            for (NitriteId id : ids) {
                Document day = days.getById(id);
                if (day != null) {
                    each.accept(decodeInPassing(day));
                }
            }
            return null;
        });
    }

    @Override
    public List<DailyProgress> findByUserBetween(String userId, LocalDate from, LocalDate to) {
        return thread.call(() -> decodeAll(open -> open.dayIndex().idsBetween(DayKey.of(userId, from.toString()),
                DayKey.of(userId, to.toString()))));
    }

    @Override
    public int countByUser(String userId, int atMost) {
        return thread.call(() -> database.open().dayIndex().countOf(userId, atMost));
    }

    @Override
    public List<List<String>> obstaclesBetween(String userId, LocalDate from, LocalDate to) {
        return thread.call(() -> {
            NitriteDatabase open = database.open();
            ObstacleWindow kept = obstacleWindow;
            if (kept != null && kept.answers(open, userId, from, to)) {
                return kept.obstacles();
            }
            Map<LocalDate, List<List<String>>> days = new TreeMap<>();
            for (Document day : documents(file -> file.dayIndex().idsBetween(DayKey.of(userId, from.toString()),
                    DayKey.of(userId, to.toString())))) {
                List<List<String>> obstacles = new ArrayList<>();
                for (Object entry : listOf(day.get("tasks"))) {
                    if (entry instanceof Document task) {
                        obstacles.add(listOf(task.get("obstacles")).stream().map(String::valueOf).toList());
                    }
                }
                days.put(LocalDate.parse(String.valueOf(day.get("date"))), obstacles);
            }
            obstacleWindow = new ObstacleWindow(open, userId, from, to, days);
            return obstacleWindow.obstacles();
        });
    }

    /** A day saved through here (a tick, say) goes into the kept obstacle lists rather than discarding them. */
    @Override
    void saved(NitriteDatabase open, long changesBefore, DailyProgress day) {
        ObstacleWindow kept = obstacleWindow;
        obstacleWindow = kept == null ? null : kept.after(open, changesBefore, day);
    }

    /** The stored days with the ids {@code which} picks from the open file, in that order (on the database thread). */
    private List<Document> documents(Function<NitriteDatabase, List<NitriteId>> which) {
        NitriteDatabase open = database.open();
        NitriteCollection days = open.collection(Collection.DAILY_PROGRESS);
        List<Document> found = new ArrayList<>();
        for (NitriteId id : which.apply(open)) {
            Document day = days.getById(id);
            if (day != null) {
                found.add(day);
            }
        }
        return found;
    }

    /**
     * The stored days {@code which} picks, decoded one at a time as they are read: holding every Nitrite document
     * of ten years until the last was read doubled the heap a whole-history read needs.
     */
    private List<DailyProgress> decodeAll(Function<NitriteDatabase, List<NitriteId>> which) {
        NitriteDatabase open = database.open();
        NitriteCollection days = open.collection(Collection.DAILY_PROGRESS);
        List<DailyProgress> decoded = new ArrayList<>();
        for (NitriteId id : which.apply(open)) {
            Document day = days.getById(id);
            if (day != null) {
                decoded.add(decode(day));
            }
        }
        decoded.sort(BY_USER_AND_DATE);
        return decoded;
    }

    private static List<?> listOf(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    static Filter onDay(String userId, LocalDate date) {
        return where(DocumentCodec.DAY_KEY).eq(DayKey.of(userId, date.toString()));
    }

    @Override
    String conflictMessage(DailyProgress document) {
        return "user \"" + document.userId() + "\" already has a daily_progress document for " + document.date();
    }
}
