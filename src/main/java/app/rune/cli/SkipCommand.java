package app.rune.cli;

import app.rune.model.validation.Problems;
import app.rune.service.today.CheckInService;
import app.rune.service.today.DayPlan;
import app.rune.service.today.InvalidCheckInException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rune skip TASK_ID --reason R}: a task that did not happen, why, and what got in the way. */
@Command(name = "skip", mixinStandardHelpOptions = true,
        description = "Record that a task did not happen: why, and what got in the way.")
final class SkipCommand extends DayCommand {
    @Parameters(index = "0", paramLabel = "TASK_ID", description = "The task's id, as `rune today` shows it.")
    String taskId;

    @Option(names = "--reason", required = true, paramLabel = "R",
            description = "Why, e.g. ran_out_of_time, too_tired, forgot, or your own words.")
    String reason;

    @Option(names = "--obstacle", paramLabel = "O", description = "What got in the way, e.g. work_overtime (repeatable).")
    List<String> obstacles = new ArrayList<>();

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes.")
    String notes;

    @Override
    DayPlan run(CheckInService checkIns, String user) {
        for (String obstacle : obstacles) {
            // The service leaves out empty tags (the app's tag field makes none); typed here, one is a mistake.
            if (obstacle.isBlank()) {
                throw new InvalidCheckInException("text.error.empty", "--obstacle " + Problems.quote(obstacle)
                        + " is empty: say what got in the way, or leave --obstacle out.");
            }
        }
        return checkIns.skip(user, day.date, taskId, reason, obstacles, notes).day();
    }
}
