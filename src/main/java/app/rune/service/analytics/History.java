package app.rune.service.analytics;

import app.rune.model.DailyProgress;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A person's progress as per-day figures in date order, in one time zone; one day can be replaced at a time. */
final class History {
    private final ZoneId zone;
    private final NavigableMap<LocalDate, DayStats> days = new TreeMap<>();

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
        days.put(day.date(), DayStats.of(day, zone));
    }

    void remove(LocalDate date) {
        days.remove(date);
    }

    ZoneId zone() {
        return zone;
    }

    /** The days up to and including {@code asOf}, oldest first. */
    Collection<DayStats> upTo(LocalDate asOf) {
        return days.headMap(asOf, true).values();
    }

    DayStats day(LocalDate date) {
        return days.get(date);
    }
}
