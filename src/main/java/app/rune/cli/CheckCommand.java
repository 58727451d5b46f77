package app.rune.cli;

import app.rune.service.today.CheckInService;
import app.rune.service.today.DayPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rune check TASK_ID}: tick a task off, with notes and ratings if given. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Tick a task off for the day, optionally with notes and ratings (1 to 5).")
final class CheckCommand extends DayCommand {
    @Parameters(index = "0", paramLabel = "TASK_ID", description = "The task's id, as `rune today` shows it.")
    String taskId;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes on how it went.")
    String notes;

    @Option(names = "--difficulty", paramLabel = "N", description = "How hard it felt, 1 (easy) to 5 (hard).")
    Integer difficulty;

    @Option(names = "--satisfaction", paramLabel = "N", description = "How satisfied you are, 1 to 5.")
    Integer satisfaction;

    @Override
    DayPlan run(CheckInService checkIns, String user) {
        if (notes == null && difficulty == null && satisfaction == null) {
            return checkIns.setCompleted(user, day.date, taskId, true).day();
        }
        // One change: the tick with its notes and ratings; options left out keep what was recorded before.
        return checkIns.complete(user, day.date, taskId, notes, difficulty, satisfaction).day();
    }
}
