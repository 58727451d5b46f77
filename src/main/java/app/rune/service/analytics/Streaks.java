package app.rune.service.analytics;

import java.time.LocalDate;

/**
 * Runs of streak days (check-in days with something done). A rest day neither breaks a run nor adds to it;
 * any other day without something done breaks it. The current run counts back from the as-of date, or from
 * the day before while the as-of date has nothing done yet, so an unfinished today does not break it.
 */
record Streaks(int current, int longest, LocalDate currentStart) {

    static Streaks of(History history, LocalDate asOf) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (DayStats day : history.upTo(asOf)) {
            if (day.restDay()) {
                continue;
            }
            if (!day.isStreakDay()) {
                run = 0;
                previous = day.date();
                continue;
            }
            boolean continues = previous != null && run > 0 && onlyRestDaysBetween(history, previous, day.date());
            run = continues ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day.date();
        }
        int current = 0;
        LocalDate start = null;
        LocalDate cursor = isStreakDay(history, asOf) ? asOf : asOf.minusDays(1);
        // From the as-of date back: rest days are passed over, streak days counted, anything else ends it.
        while (true) {
            DayStats day = history.day(cursor);
            if (day != null && day.restDay()) {
                cursor = cursor.minusDays(1);
                continue;
            }
            if (day == null || !day.isStreakDay()) {
                break;
            }
            current++;
            start = cursor;
            cursor = cursor.minusDays(1);
        }
        return new Streaks(current, Math.max(longest, current), start);
    }

    private static boolean isStreakDay(History history, LocalDate date) {
        DayStats day = history.day(date);
        return day != null && day.isStreakDay();
    }

    /** Whether every calendar day strictly between the two is a rest day. */
    private static boolean onlyRestDaysBetween(History history, LocalDate from, LocalDate to) {
        for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
            DayStats day = history.day(d);
            if (day == null || !day.restDay()) {
                return false;
            }
        }
        return true;
    }
}
