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

    static Streaks of(DayGrid days, DuePlan plan, LocalDate asOf) {
        if (days.isEmpty()) {
            return new Streaks(0, 0, null);
        }
        int run = 0;
        int longest = 0;
        int start = -1;
        long first = days.firstEpochDay();
        long monthEnd = days.first().withDayOfMonth(days.first().lengthOfMonth()).toEpochDay();
        int last = days.size() - 1;
        // Epoch days and array slots rather than dates: ten years of days are walked on every tick.
        for (int at = 0; at <= last; at++) {
            long epochDay = first + at;
            int weekday = DueDays.weekday(epochDay);
            boolean endsAPeriod = weekday == 6 || epochDay == monthEnd;
            if (days.streakAt(at)) {
                start = run == 0 ? at : start;
                run++;
                longest = Math.max(longest, run);
            } else if (!days.restAt(at) && at != last && (plan.anyDue(epochDay, weekday)
                    || endsAPeriod && PeriodsMet.anyUnmetEndingOn(days, plan, LocalDate.ofEpochDay(epochDay)))) {
                run = 0;
                start = -1;
            }
            if (epochDay == monthEnd) {
                LocalDate next = LocalDate.ofEpochDay(epochDay + 1);
                monthEnd = next.withDayOfMonth(next.lengthOfMonth()).toEpochDay();
            }
        }
        return new Streaks(run, longest, start < 0 ? null : LocalDate.ofEpochDay(first + start));
    }
}
