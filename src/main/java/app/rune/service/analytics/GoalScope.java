package app.rune.service.analytics;

import app.rune.model.DailyProgress;
import app.rune.model.PlacedGoal;
import app.rune.model.TaskEntry;
import app.rune.model.UserGoals;
import app.rune.service.goal.UnknownGoalException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One goal's share of a person's history: the entries of its tasks, and only the days that hold one (a day is a
 * check-in day for a goal when it has an entry of one of its tasks). Its figures are the all-goals figures
 * restricted to it: the same calculation over these days, with its own tasks' plan.
 */
record GoalScope(String goalId, Set<String> taskIds) {

    static GoalScope of(String userId, Optional<UserGoals> goals, String goalId) {
        Optional<PlacedGoal> goal = goals.flatMap(g -> g.goal(goalId));
        if (goal.isEmpty()) {
            throw new UnknownGoalException(userId, goalId,
                    goals.map(g -> g.goals().stream().map(PlacedGoal::id).toList()).orElse(List.of()));
        }
        Set<String> ids = new HashSet<>();
        goal.get().goal().dailyTasks().forEach(t -> ids.add(t.id()));
        return new GoalScope(goal.get().id(), ids);
    }

    List<DailyProgress> restrict(Collection<DailyProgress> days) {
        List<DailyProgress> kept = new ArrayList<>();
        for (DailyProgress day : days) {
            restrict(day).ifPresent(kept::add);
        }
        return kept;
    }

    /** The day with this goal's entries only; empty when it holds none of them. */
    Optional<DailyProgress> restrict(DailyProgress day) {
        List<TaskEntry> entries = day.tasks().stream().filter(e -> taskIds.contains(e.taskId())).toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(day.withTasks(entries));
    }
}
