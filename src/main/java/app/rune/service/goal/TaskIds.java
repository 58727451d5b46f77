package app.rune.service.goal;

import app.rune.model.UserGoals;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Task ids for new tasks: a day's entry names its task by id alone, so an id is never handed out twice to one
 * person, whichever goal it was in, current or archived.
 */
public final class TaskIds {
    private final Set<String> used = new HashSet<>();

    private TaskIds() {
    }

    public static TaskIds of(Optional<UserGoals> goals) {
        TaskIds ids = new TaskIds();
        goals.ifPresent(g -> g.goals().forEach(placed -> placed.goal().dailyTasks().forEach(t -> ids.used.add(t.id()))));
        return ids;
    }

    /** Marks {@code id} as given (a kept task's). */
    public void keep(String id) {
        used.add(id);
    }

    /** The first {@code task_N} not given yet, now given. */
    public String next() {
        int n = 1;
        while (used.contains("task_" + n)) {
            n++;
        }
        String id = "task_" + n;
        used.add(id);
        return id;
    }
}
