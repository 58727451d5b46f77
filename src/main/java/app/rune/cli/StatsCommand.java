package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import app.rune.model.json.RuneJson;
import app.rune.model.UserAnalytics;
import app.rune.service.analytics.AnalyticsService;
import app.rune.service.today.InvalidCheckInException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rune stats}: the user_analytics document, recomputed from the whole history. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Recompute a user's analytics from their whole history and print them as JSON.",
            "As of today (the default) the result is also stored; with --goal, one goal's figures are printed only."})
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    private RuneCommand rune;

    @Spec
    private CommandSpec spec;

    @Option(names = "--user", paramLabel = "ID", description = "The user (needed when the data folder has several).")
    String user;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DayOptions.DateConverter.class,
            description = "Compute the figures as they stood at the end of this day (default: today).")
    LocalDate asOf;

    @Option(names = "--goal", paramLabel = "GOAL_ID",
            description = {"The figures of this goal alone: its tasks' entries, its days (not stored).",
                "Without it, all goals. `rune goals` lists the ids."})
    String goal;

    @Override
    public Integer call() throws Exception {
        try (RuneSession session = rune.openSession()) {
            String id = session.users().choose(user);
            AnalyticsService analytics = session.analytics();
            LocalDate today = analytics.today(id);
            LocalDate day = asOf == null ? today : asOf;
            if (day.isAfter(today)) {
                throw new InvalidCheckInException("today.error.future", day + " is in the future (today is " + today
                        + "); the figures can only be computed up to today.", day, today);
            }
            UserAnalytics computed = goal == null ? analytics.compute(id, day) : analytics.compute(id, day, goal);
            // The stored figures are all goals': one goal's are only printed.
            if (goal == null && day.equals(today)) {
                analytics.save(computed);
            }
            spec.commandLine().getOut().println(RuneJson.newMapper().writeValueAsString(computed));
            return ExitStatus.OK;
        }
    }
}
