package app.rune.cli;

import app.rune.RuneSession;
import app.rune.service.today.CheckInService;
import app.rune.service.today.DayPlan;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** What the day commands share: their user and date options, the session, and printing the day after a change. */
abstract class DayCommand implements Callable<Integer> {
    @ParentCommand
    RuneCommand rune;

    @Spec
    CommandSpec spec;

    @Mixin
    DayOptions day;

    @Override
    public final Integer call() throws Exception {
        try (RuneSession session = rune.openSession()) {
            String user = session.users().choose(day.user);
            DayPlan changed = run(session.checkIns(), user);
            // A change that could not move the obstacle coaching leaves it out; the terminal shows the whole day.
            DayPlan plan = changed.hasCoaching() ? changed : session.checkIns().day(user, changed.date());
            ZoneId zone = session.settings().zone(user);
            new DayPrinter(spec.commandLine().getOut(), zone).print(plan);
            return app.rune.ExitStatus.OK;
        }
    }

    /** Does the command's work and returns the day as it now stands. */
    abstract DayPlan run(CheckInService checkIns, String user);
}
