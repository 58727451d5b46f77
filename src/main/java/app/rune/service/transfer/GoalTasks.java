package app.rune.service.transfer;

import app.rune.model.DailyTask;
import app.rune.model.UserGoals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tasks of one person's current and archived goals, by id: their titles and the order the app lists them in.
 * Progress refers to tasks by id only, and an archived goal's tasks keep their ids, so old days still find theirs.
 */
final class GoalTasks {
    /** Where a task the goals do not know goes: after all known ones. */
    static final int UNKNOWN_POSITION = Integer.MAX_VALUE;

    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();

    private GoalTasks() {
    }

    static GoalTasks of(Optional<UserGoals> goals) {
        GoalTasks tasks = new GoalTasks();
        // The focus goal first, then the other current ones, then archived ones: the order Today lists them in.
        goals.ifPresent(g -> g.goals().forEach(placed -> tasks.add(placed.goal().dailyTasks())));
        return tasks;
    }

    private void add(List<DailyTask> goalTasks) {
        List<DailyTask> byPriority = new ArrayList<>(goalTasks);
        byPriority.sort(Comparator.comparing(DailyTask::priority, Comparator.nullsLast(Integer::compare)));
        for (DailyTask task : byPriority) {
            titles.putIfAbsent(task.id(), task.title());
            if (task.target() != null && task.target().unit() != null && !units.containsKey(task.id())) {
                units.put(task.id(), task.target().unit());
            }
            positions.putIfAbsent(task.id(), positions.size());
        }
    }

    Optional<String> title(String taskId) {
        return Optional.ofNullable(titles.get(taskId));
    }

    /** The unit of a measurable task's amounts ("pages"); empty for a yes/no task or one without a unit. */
    Optional<String> unit(String taskId) {
        return Optional.ofNullable(units.get(taskId));
    }

    /** The task's place in its goal's list (by priority), the focus goal's first, archived ones last. */
    int position(String taskId) {
        return positions.getOrDefault(taskId, UNKNOWN_POSITION);
    }
}
