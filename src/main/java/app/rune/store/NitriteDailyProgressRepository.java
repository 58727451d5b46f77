package app.rune.store;

import static org.dizitart.no2.filters.FluentFilter.where;

import app.rune.model.Collection;
import app.rune.model.DailyProgress;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dizitart.no2.filters.Filter;

/** {@code daily_progress}: dates are stored as ISO text, so the (user_id, date) index serves range reads too. */
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
        return find(where("user_id").eq(userId));
    }

    @Override
    public List<DailyProgress> findByUserBetween(String userId, LocalDate from, LocalDate to) {
        return find(between(userId, from, to));
    }

    static Filter onDay(String userId, LocalDate date) {
        return Filter.and(where("user_id").eq(userId), where("date").eq(date.toString()));
    }

    /**
     * Nitrite's index scan takes one bound per field; written this way it scans the index from {@code from}
     * onwards (recent days, for the screens) and checks {@code to} on that small set. A {@code between} would
     * instead scan everything up to {@code to}: the whole history.
     */
    static Filter between(String userId, LocalDate from, LocalDate to) {
        return Filter.and(where("user_id").eq(userId), where("date").gte(from.toString()),
                where("date").lte(to.toString()));
    }

    @Override
    String conflictMessage(DailyProgress document) {
        return "user \"" + document.userId() + "\" already has a daily_progress document for " + document.date();
    }
}
