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
        List<DailyProgress> found = find(Filter.and(where("user_id").eq(userId), where("date").eq(date.toString())));
        return found.stream().findFirst();
    }

    @Override
    public List<DailyProgress> findByUserBetween(String userId, LocalDate from, LocalDate to) {
        return find(Filter.and(where("user_id").eq(userId),
                where("date").between(from.toString(), to.toString(), true, true)));
    }

    @Override
    String conflictMessage(DailyProgress document) {
        return "user \"" + document.userId() + "\" already has a daily_progress document for " + document.date();
    }
}
