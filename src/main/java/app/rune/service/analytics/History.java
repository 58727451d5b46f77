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
    /** The day grid of the last figures computed, kept while days change inside it (see {@link #grid}). */
    private DayGrid grid;
    private LocalDate gridAsOf;

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
        if (grid != null && (!grid.put(stats) || day.date().isBefore(grid.first()))) {
            grid = null;
        }
    }

    void remove(LocalDate date) {
        DayStats removed = days.remove(date);
        if (removed != null) {
            totals.remove(removed);
        }
        if (grid != null && (!grid.clear(date) || date.equals(grid.first()))) {
            grid = null;
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

    /** The first recorded date; null when nothing is recorded. */
    LocalDate firstDate() {
        return days.isEmpty() ? null : days.firstKey();
    }

    /**
     * The days up to {@code asOf} as a {@link DayGrid}: built once, then kept while days change inside it, and
     * built again for another as-of day or when a day outside it is recorded.
     */
    DayGrid grid(LocalDate asOf) {
        if (grid == null || !asOf.equals(gridAsOf)) {
            grid = DayGrid.of(this, asOf);
            gridAsOf = asOf;
        }
        return grid;
    }

    DayStats day(LocalDate date) {
        return days.get(date);
    }
}
