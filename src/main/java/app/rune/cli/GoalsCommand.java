package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import app.rune.model.DailyTask;
import app.rune.model.LongTermGoal;
import app.rune.model.PlacedGoal;
import app.rune.model.SchedulePeriod;
import app.rune.model.TargetKind;
import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;
import app.rune.model.Weekday;
import app.rune.service.goal.GoalState;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rune goals}: each current goal with its id, title, status, target date and tasks (id, title, schedule),
 * the focus goal first, then the earlier goals under a heading. Stored text goes through {@link TerminalText}.
 */
@Command(name = "goals", mixinStandardHelpOptions = true,
        description = {"List a user's goals: the current ones (the focus goal first, marked *) with their tasks and "
            + "plans, then the earlier ones.", "The ids are what `rune stats --goal` takes."})
final class GoalsCommand implements Callable<Integer> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @ParentCommand
    private RuneCommand rune;

    @Spec
    private CommandSpec spec;

    @Option(names = "--user", paramLabel = "ID", description = "The user (needed when the data folder has several).")
    String user;

    @Override
    public Integer call() throws Exception {
        try (RuneSession session = rune.openSession()) {
            String id = session.users().choose(user);
            GoalState state = session.goals().load(id);
            PrintWriter out = spec.commandLine().getOut();
            List<PlacedGoal> all = state.userGoals().map(g -> g.goals()).orElse(List.of());
            if (all.isEmpty()) {
                out.println(TerminalText.of(id) + " has no goals yet: set one on the Goal screen.");
            }
            for (PlacedGoal goal : all) {
                if (!goal.place().current()) {
                    continue;
                }
                printGoal(out, goal, state.awaitingGoals().contains(goal.id()));
            }
            List<PlacedGoal> earlier = all.stream().filter(g -> !g.place().current()).toList();
            if (!earlier.isEmpty()) {
                out.println();
                out.println("Earlier goals:");
                earlier.forEach(goal -> out.printf("%s  %s (%s)%n", TerminalText.of(goal.id()),
                        TerminalText.of(goal.title()), status(goal.longTermGoal())));
            }
            out.flush();
            return ExitStatus.OK;
        }
    }

    private static void printGoal(PrintWriter out, PlacedGoal goal, boolean awaiting) {
        LongTermGoal wording = goal.longTermGoal();
        String target = wording.targetDate() == null ? "no target date" : "by " + DATE.format(wording.targetDate());
        out.printf("%s%s  %s (%s, %s)%n", goal.isFocus() ? "* " : "  ", TerminalText.of(goal.id()),
                TerminalText.of(goal.title()), status(wording), target);
        if (awaiting) {
            out.println("      tasks proposed by the coach, waiting for your approval on the Goal screen:");
        }
        goal.goal().dailyTasks().stream()
                .sorted(Comparator.comparing(DailyTask::priority, Comparator.nullsLast(Integer::compare)))
                .forEach(task -> out.printf("      %-8s %s \u00b7 %s%n", TerminalText.of(task.id()),
                        TerminalText.of(task.title()), plan(task.currentSchedule(), task.target())));
    }

    private static String status(LongTermGoal goal) {
        return switch (goal.status()) {
            case ACTIVE -> "active";
            case PAUSED -> "paused";
            case COMPLETED -> "achieved";
            case ABANDONED -> "abandoned";
        };
    }

    /** "every day", "Mon, Wed, Fri", "3 times a week", "4 times a month", with "at least 20 pages" after. */
    static String plan(TaskSchedule schedule, TaskTarget target) {
        String when;
        if (schedule == null || schedule.everyDay()) {
            when = "every day";
        } else if (schedule.flexible()) {
            when = schedule.times() + (schedule.times() == 1 ? " time a " : " times a ")
                    + (schedule.every() == SchedulePeriod.WEEK ? "week" : "month");
        } else {
            when = schedule.days().stream().map(Weekday::dayOfWeek)
                    .map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH))
                    .collect(Collectors.joining(", "));
        }
        if (target == null) {
            return when;
        }
        String unit = target.unit() == null || target.unit().isBlank() ? "" : " " + TerminalText.of(target.unit());
        return when + ", " + (target.kind() == TargetKind.AT_MOST ? "at most " : "at least ")
                + target.amount().stripTrailingZeros().toPlainString() + unit;
    }
}
