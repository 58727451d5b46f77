package app.rune.cli;

import app.rune.model.DailyProgress;
import app.rune.model.SchedulePeriod;
import app.rune.model.TargetKind;
import app.rune.model.TaskTarget;
import app.rune.model.TaskEntry;
import app.rune.service.today.DayPlan;
import app.rune.service.today.ObstacleAlert;
import app.rune.service.today.TaskDay;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a day as plain text for the terminal: one line per task, then the check-in. Every stored text is shown
 * through {@link TerminalText#of}, so a note cannot clear the screen nor start a line of its own.
 */
final class DayPrinter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PrintWriter out;
    private final ZoneId zone;

    DayPrinter(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    void print(DayPlan plan) {
        out.printf("%s%s \u2014 %s%n", DAY.format(plan.date()), plan.isToday() ? " (today)" : "",
                TerminalText.of(plan.userId()));
        if (plan.nothingDue() && plan.tasks().isEmpty()) {
            out.println("  Nothing is due today.");
        } else if (plan.nothingDue()) {
            out.println("  Nothing is due today; the tasks of your week and month:");
        } else if (plan.tasks().isEmpty()) {
            out.println("  No approved daily tasks yet: set a goal and approve its tasks on the Goal screen.");
        }
        int n = 1;
        boolean flexibleHeading = false;
        // With several goals, each goal's tasks come under its title, the focus goal's first.
        boolean byGoal = plan.byGoal();
        String goal = null;
        for (TaskDay task : plan.tasks()) {
            String id = String.valueOf(task.goalId());
            if (byGoal && !id.equals(goal)) {
                goal = id;
                out.printf("  %s%n", task.goalTitle() == null ? "Other tasks recorded this day:"
                        : TerminalText.of(task.goalTitle()) + ":");
            } else if (!byGoal && task.flexible() && !flexibleHeading && !plan.nothingDue()) {
                out.println("  This week and month, on days you choose:");
                flexibleHeading = true;
            }
            out.printf("  %d. [%s] %-8s %s%n", n++, task.completed() ? "x" : task.skipped() ? "-" : " ",
                    TerminalText.of(task.taskId()), describe(task));
            task.recorded().map(TaskEntry::notes).ifPresent(notes -> out.printf("        notes: %s%n",
                    TerminalText.of(notes)));
        }
        plan.recorded().ifPresentOrElse(this::printCheckIn, () -> out.println("  Not checked in yet."));
        plan.obstacleAlert().ifPresent(this::printAlert);
        out.flush();
    }

    private String describe(TaskDay task) {
        List<String> parts = new ArrayList<>();
        parts.add(TerminalText.of(task.title()));
        if (task.minutes() != null) {
            parts.add(task.minutes() + " min");
        }
        if (task.measurable()) {
            parts.add(amount(task));
        }
        if (task.flexible()) {
            TaskDay.Period period = task.period();
            parts.add(period.done() + " of " + period.times() + (period.every() == SchedulePeriod.MONTH
                    ? " this month" : " this week") + (period.met() ? " (met)" : ""));
        }
        task.recorded().ifPresent(entry -> {
            if (entry.completed()) {
                parts.add(entry.completionTime() == null ? "done"
                        : "done at " + TIME.format(entry.completionTime().atZone(zone)));
            } else if (entry.skipReason() != null) {
                parts.add("skipped: " + TerminalText.of(entry.skipReason()));
            }
            if (!entry.obstacles().isEmpty()) {
                parts.add("obstacles: " + String.join(", ", entry.obstacles().stream().map(TerminalText::of).toList()));
            }
            if (entry.difficultyRating() != null) {
                parts.add("difficulty " + entry.difficultyRating() + "/5");
            }
            if (entry.satisfactionRating() != null) {
                parts.add("satisfaction " + entry.satisfactionRating() + "/5");
            }
        });
        return String.join(" \u00b7 ", parts);
    }

    /**
     * "12.5 / 20 pages" or "1 cups (at most 2)" once an amount is recorded; the target alone ("20 pages",
     * "at most 2 cups") before.
     */
    private static String amount(TaskDay task) {
        TaskTarget target = task.target();
        String unit = target.unit() == null || target.unit().isBlank() ? "" : " " + TerminalText.of(target.unit());
        boolean atMost = target.kind() == TargetKind.AT_MOST;
        return task.amount().map(done -> atMost ? number(done) + unit + " (at most " + number(target.amount()) + ")"
                : number(done) + " / " + number(target.amount()) + unit)
                .orElse((atMost ? "at most " : "") + number(target.amount()) + unit);
    }

    private static String number(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private void printCheckIn(DailyProgress day) {
        List<String> parts = new ArrayList<>();
        if (Boolean.TRUE.equals(day.restDay())) {
            parts.add("rest day");
        }
        if (day.overallDayRating() != null) {
            parts.add("day " + day.overallDayRating() + "/5");
        }
        if (day.moodAfterTasks() != null) {
            parts.add("mood " + TerminalText.of(day.moodAfterTasks()));
        }
        if (day.checkInTime() != null) {
            parts.add("at " + TIME.format(day.checkInTime().atZone(zone)));
        }
        out.println(parts.isEmpty() ? "  Not checked in yet." : "  Check-in: " + String.join(" \u00b7 ", parts));
    }

    private void printAlert(ObstacleAlert alert) {
        out.printf("  Rune: \u201c%s\u201d has stopped %s %d times this week. Open Rune to choose a change:"
                + " a shorter task, your best hour, or a different task.%n", TerminalText.of(alert.cause()),
                TerminalText.of(alert.taskTitle()), alert.times());
    }
}
