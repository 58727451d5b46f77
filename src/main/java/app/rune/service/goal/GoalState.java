package app.rune.service.goal;

import app.rune.model.DailyTask;
import app.rune.model.PlacedGoal;
import app.rune.model.TaskSchedule;
import app.rune.model.UserGoals;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the Goal screen shows for one person: their goals document (empty before the first goal), the goal
 * shown ({@code goalId}: the focus goal unless another current one was asked for), how much they want to take on a
 * day, which goals' tasks wait for their approval, and their today.
 */
public record GoalState(String userId, UserGoals goals, PlanningLimits limits, Set<String> awaitingGoals,
        LocalDate today, String goalId) {

    public GoalState {
        awaitingGoals = Set.copyOf(awaitingGoals);
    }

    public Optional<UserGoals> userGoals() {
        return Optional.ofNullable(goals);
    }

    /** The goal shown; empty before the first goal. */
    public Optional<PlacedGoal> goal() {
        return goals == null || goalId == null ? Optional.empty() : goals.goal(goalId);
    }

    /** The focus goal and the other current ones, focus first. */
    public List<PlacedGoal> currentGoals() {
        return goals == null ? List.of() : goals.currentGoals();
    }

    public boolean hasGoal() {
        return goal().isPresent();
    }

    /** Whether the coach waits for the person to approve the shown goal's tasks. */
    public boolean awaitingApproval() {
        return goalId != null && awaitingGoals.contains(goalId);
    }

    /**
     * The plans of the tasks the person does for the other goals: those of the active goals besides the shown one
     * whose tasks are approved. With the shown goal's, they make the day that {@code max_daily_tasks} limits.
     */
    public List<TaskSchedule> otherGoalsPlans() {
        return currentGoals().stream()
                .filter(g -> g.isActive() && !g.id().equals(goalId) && !awaitingGoals.contains(g.id()))
                .flatMap(g -> g.goal().dailyTasks().stream()).map(DailyTask::schedule).toList();
    }

    /** Whether another goal can start beside the current open ones ({@link UserGoals#MAX_CURRENT_GOALS}). */
    public boolean roomForAnotherGoal() {
        return currentGoals().stream().filter(g -> g.longTermGoal().isOpen()).count() < UserGoals.MAX_CURRENT_GOALS;
    }
}
