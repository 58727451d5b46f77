package app.rune.model.validation;

import static app.rune.model.validation.Problems.field;
import static app.rune.model.validation.Problems.index;

import app.rune.model.DailyTask;
import app.rune.model.EarlierSchedule;
import app.rune.model.GoalPatterns;
import app.rune.model.TaskSchedule;
import app.rune.model.TargetKind;
import app.rune.model.TaskTarget;
import app.rune.model.Weekday;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of a task's plan: its schedule, its target, the schedules it had before, the amounts entered for
 * it, and when the person's day starts. Messages say what is wrong in the person's terms
 * ({@code 8 is more than 7 times a week}).
 */
public final class PlanRules {
    /** The most decimals an amount keeps: a thousandth of a page, a gram of a kilogram. */
    static final int AMOUNT_DECIMALS = 3;
    /** An amount beyond any count a day can hold, so a typing slip or a hostile file cannot pass as one. */
    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("1000000000");
    /** Characters in a unit ("pages", "km") at most. */
    public static final int UNIT_LENGTH = 40;

    private PlanRules() {
    }

    static void checkPlan(Problems p, String at, DailyTask task) {
        if (task.schedule() != null) {
            checkSchedule(p, field(at, "schedule"), task.schedule());
        }
        if (task.target() != null) {
            checkTarget(p, field(at, "target"), task.target());
        }
        LocalDate previous = null;
        for (int i = 0; i < task.earlierSchedules().size(); i++) {
            EarlierSchedule earlier = task.earlierSchedules().get(i);
            String path = index(field(at, "earlier_schedules"), i);
            if (earlier == null) {
                p.add(path, "must be an object");
                continue;
            }
            if (earlier.schedule() != null) {
                checkSchedule(p, field(path, "schedule"), earlier.schedule());
            }
            if (earlier.until() == null) {
                p.add(field(path, "until"), "missing (the last day this schedule applied)");
            } else if (previous != null && !earlier.until().isAfter(previous)) {
                p.add(field(path, "until"), earlier.until() + " is not after the schedule before it (" + previous
                        + "): earlier schedules are listed oldest first");
            } else {
                previous = earlier.until();
            }
        }
    }

    static void checkSchedule(Problems p, String at, TaskSchedule schedule) {
        if (schedule.every() == null) {
            p.add(field(at, "every"), "missing (day, week or month)");
            return;
        }
        boolean hasDays = !schedule.days().isEmpty();
        Integer times = schedule.times();
        switch (schedule.every()) {
            case DAY -> {
                if (hasDays || times != null) {
                    p.add(at, "an every-day schedule has no days or times");
                }
            }
            case WEEK -> {
                if (hasDays && times != null) {
                    p.add(at, "days and times together: a weekly schedule names its days or a number of times, "
                            + "not both");
                } else if (!hasDays && times == null) {
                    p.add(at, "a weekly schedule needs days (e.g. [\"mon\", \"wed\"]) or times (1 to 7)");
                } else if (hasDays) {
                    checkDays(p, field(at, "days"), schedule);
                } else {
                    checkTimes(p, field(at, "times"), times, 7, "a week");
                }
            }
            case MONTH -> {
                if (hasDays) {
                    p.add(field(at, "days"), "a monthly schedule has a number of times, not days");
                } else if (times == null) {
                    p.add(field(at, "times"), "missing (1 to 31 times a month)");
                } else {
                    checkTimes(p, field(at, "times"), times, 31, "a month");
                }
            }
        }
    }

    private static void checkDays(Problems p, String at, TaskSchedule schedule) {
        Set<Weekday> seen = EnumSet.noneOf(Weekday.class);
        for (int i = 0; i < schedule.days().size(); i++) {
            Weekday day = schedule.days().get(i);
            if (day == null) {
                p.add(index(at, i), "missing (one of mon, tue, wed, thu, fri, sat, sun)");
            } else if (!seen.add(day)) {
                p.add(index(at, i), "\"" + day.code() + "\" appears more than once");
            }
        }
    }

    private static void checkTimes(Problems p, String at, int times, int most, String period) {
        if (times < 1) {
            p.add(at, times + " is less than once " + period);
        } else if (times > most) {
            p.add(at, times + " is more than " + most + " times " + period);
        }
    }

    static void checkTarget(Problems p, String at, TaskTarget target) {
        if (target.amount() == null) {
            p.add(field(at, "amount"), "missing");
        } else if (target.amount().signum() < 0
                || (target.amount().signum() == 0 && target.kind() != TargetKind.AT_MOST)) {
            // "At most 0" is a real aim (no sugar, no cigarettes); "at least 0" is met by doing nothing.
            p.add(field(at, "amount"), target.amount().toPlainString() + " is not more than 0 (0 only as at_most)");
        } else {
            checkAmountForm(p, field(at, "amount"), target.amount());
        }
        if (target.kind() == null) {
            p.add(field(at, "kind"), "missing (at_least or at_most)");
        }
        if (target.unit() != null && target.unit().codePointCount(0, target.unit().length()) > UNIT_LENGTH) {
            p.add(field(at, "unit"), "is longer than " + UNIT_LENGTH + " characters");
        }
    }

    /** An amount entered for a day: a number from 0 up, in thousandths at most. */
    static void checkAmount(Problems p, String at, BigDecimal amount) {
        if (amount.signum() < 0) {
            p.add(at, amount.toPlainString() + " is below 0");
        } else {
            checkAmountForm(p, at, amount);
        }
    }

    private static void checkAmountForm(Problems p, String at, BigDecimal amount) {
        if (amount.compareTo(LARGEST_AMOUNT) > 0) {
            p.add(at, "is more than " + LARGEST_AMOUNT.toPlainString());
        } else if (amount.stripTrailingZeros().scale() > AMOUNT_DECIMALS) {
            p.add(at, amount.toPlainString() + " has more than " + AMOUNT_DECIMALS + " decimals");
        }
    }

    static void checkDayStart(Problems p, String at, GoalPatterns patterns) {
        LocalTime start = patterns.dayStartsAt();
        if (start != null && start.isAfter(GoalPatterns.LATEST_DAY_START)) {
            p.add(at, "\"" + start + "\" is later than " + GoalPatterns.LATEST_DAY_START
                    + " (a day may start between 00:00 and 06:00)");
        }
    }
}
