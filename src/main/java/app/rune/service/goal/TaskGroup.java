package app.rune.service.goal;

import app.rune.model.DailyTask;
import java.util.List;

/** One current goal's approved tasks, most important first, as Today lists them under the goal's title. */
public record TaskGroup(String goalId, String goalTitle, boolean focus, List<DailyTask> tasks) {
    public TaskGroup {
        tasks = List.copyOf(tasks);
    }
}
