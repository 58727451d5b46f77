package app.rune.cli;

import app.rune.model.TaskEntry;
import app.rune.service.today.CheckInService;
import app.rune.service.today.DayPlan;
import app.rune.service.today.TaskDay;
import java.util.Optional;
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
            return checkIns.setCompleted(user, day.date, taskId, true);
        }
        // Options left out keep what was recorded before; ratings are checked before the tick is written.
        Optional<TaskEntry> before = checkIns.day(user, day.date).tasks().stream()
                .filter(t -> t.taskId().equals(taskId)).findFirst().flatMap(TaskDay::recorded);
        String newNotes = notes != null ? notes : before.map(TaskEntry::notes).orElse(null);
        Integer newDifficulty = difficulty != null ? difficulty : before.map(TaskEntry::difficultyRating).orElse(null);
        Integer newSatisfaction = satisfaction != null ? satisfaction
                : before.map(TaskEntry::satisfactionRating).orElse(null);
        CheckInService.checkRating("difficulty", newDifficulty);
        CheckInService.checkRating("satisfaction", newSatisfaction);
        checkIns.setCompleted(user, day.date, taskId, true);
        return checkIns.describe(user, day.date, taskId, newNotes, newDifficulty, newSatisfaction);
    }
}
