package app.rune.service.analytics;

import java.time.LocalDate;

/**
 * The overall run of streak days (check-in days with at least one completed entry), by the plan of the days: a
 * day breaks the run when it is not a rest day, has no completed entry, and either some task was due that day,
 * or it ends a week (Monday to Sunday) or month in which an N-a-week or N-a-month task got fewer than N completed
 * entries (a week or month the task did not exist all of is not held against it). Every other day is neutral:
 * it neither adds to the run nor breaks it. The as-of day never breaks the run, as it is not over.
 *
 * @param currentStart the first day of the current run; null while there is none
 */
record Streaks(int current, int longest, LocalDate currentStart) {

    static Streaks of(History history, DuePlan plan, LocalDate asOf) {
        LocalDate first = history.firstDate();
        if (first == null || first.isAfter(asOf)) {
            return new Streaks(0, 0, null);
        }
        int run = 0;
        int longest = 0;
        LocalDate start = null;
        LocalDate firstDue = plan.earliestStart();
        LocalDate day = first;
        while (!day.isAfter(asOf)) {
            DayStats stats = history.day(day);
            LocalDate next = day.plusDays(1);
            if (stats != null && stats.isStreakDay()) {
                start = run == 0 ? day : start;
                run++;
                longest = Math.max(longest, run);
            } else if (stats == null && firstDue != null && day.isBefore(firstDue)) {
                // Before the first task existed nothing was due: on to the next record or the first task.
                next = earliest(history.dateAfter(day), firstDue);
            } else if ((stats == null || !stats.restDay()) && !day.equals(asOf)
                    && (plan.anyDue(day) || PeriodsMet.anyUnmetEndingOn(history, plan, day))) {
                run = 0;
                start = null;
                // With the run over, days without a record cannot start another: on to the next record.
                next = stats == null ? earliest(history.dateAfter(day), asOf) : next;
            }
            day = next.isAfter(day) ? next : day.plusDays(1);
        }
        return new Streaks(run, longest, start);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
