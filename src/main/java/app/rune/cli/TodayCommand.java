package app.rune.cli;

import app.rune.service.today.CheckInService;
import app.rune.service.today.DayPlan;
import picocli.CommandLine.Command;

/** {@code rune today [--date D]}: the day's tasks and what was recorded for them. */
@Command(name = "today", mixinStandardHelpOptions = true,
        description = "Show the day's tasks with their state: [x] done, [-] skipped, [ ] open.")
final class TodayCommand extends DayCommand {
    @Override
    DayPlan run(CheckInService checkIns, String user) {
        return checkIns.day(user, day.date);
    }
}
