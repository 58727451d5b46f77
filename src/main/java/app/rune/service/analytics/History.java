package app.rune.service.analytics;

import app.rune.model.DailyProgress;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A person's progress as per-day figures in date order, in one time zone; one day can be replaced at a time.
 * It keeps the {@link Totals} of all its days up to date as days change.
 */
final class History {
    private final ZoneId zone;
    private final NavigableMap<LocalDate, DayStats> days = new TreeMap<>();
    private final Totals totals = new Totals();

    History(ZoneId zone) {
        this.zone = zone;
    }

    static History of(Collection<DailyProgress> progress, ZoneId zone) {
        History history = new History(zone);
        progress.forEach(history::put);
        return history;
    }

    /** Puts {@code day} in place of whatever was recorded for its date. */
    void put(DailyProgress day) {
        DayStats stats = DayStats.of(day, zone);
        DayStats replaced = days.put(day.date(), stats);
        if (replaced != null) {
            totals.remove(replaced);
        }
        totals.add(stats);
    }

    void remove(LocalDate date) {
        DayStats removed = days.remove(date);
        if (removed != null) {
            totals.remove(removed);
        }
    }

    /** The totals of the days up to and including {@code asOf}: kept ones unless later days are recorded. */
    Totals totalsUpTo(LocalDate asOf) {
        return days.isEmpty() || !days.lastKey().isAfter(asOf) ? totals : Totals.of(upTo(asOf));
    }

    ZoneId zone() {
        return zone;
    }

    /** The days up to and including {@code asOf}, oldest first. */
    Collection<DayStats> upTo(LocalDate asOf) {
        return days.headMap(asOf, true).values();
    }

    /** The days recorded from {@code from} to {@code to}, both included, oldest first. */
    Collection<DayStats> between(LocalDate from, LocalDate to) {
        return days.subMap(from, true, to, true).values();
    }

    /** The first recorded date after {@code date}; null when there is none. */
    LocalDate dateAfter(LocalDate date) {
        return days.higherKey(date);
    }

    /** The first recorded date; null when nothing is recorded. */
    LocalDate firstDate() {
        return days.isEmpty() ? null : days.firstKey();
    }

    DayStats day(LocalDate date) {
        return days.get(date);
    }
}
