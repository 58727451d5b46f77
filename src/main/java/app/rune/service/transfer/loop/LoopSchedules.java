package app.rune.service.transfer.loop;

import app.rune.model.TaskSchedule;

/**
 * Loop's frequency ("num times in den days") as a Rune schedule: 1/1, or num at least den, every day; n/7 n times
 * a week; n/30 or n/31 n times a month; any other ratio the nearest whole number of times a week (at least once),
 * which the import's summary names as rounded.
 */
final class LoopSchedules {
    private LoopSchedules() {
    }

    /** The schedule, null for every day (as a task without a schedule is written). */
    static TaskSchedule of(int numerator, int denominator) {
        if (numerator >= denominator) {
            return null;
        }
        if (denominator == 7) {
            return TaskSchedule.timesAWeek(numerator);
        }
        if (denominator == 30 || denominator == 31) {
            return TaskSchedule.timesAMonth(numerator);
        }
        return TaskSchedule.timesAWeek((int) Math.max(1, Math.round(7.0 * numerator / denominator)));
    }

    static boolean rounded(int numerator, int denominator) {
        return numerator < denominator && denominator != 7 && denominator != 30 && denominator != 31;
    }
}
