package app.rune.service.goal;

import app.rune.model.UserGoals;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Everything the Goal screen shows for one person: their goals document (empty before the first goal), how much
 * they want to take on a day, whether the coach waits for them to approve the tasks, and their today.
 */
public record GoalState(String userId, UserGoals goals, PlanningLimits limits, boolean awaitingApproval,
        LocalDate today) {

    public Optional<UserGoals> userGoals() {
        return Optional.ofNullable(goals);
    }

    public boolean hasGoal() {
        return goals != null && goals.longTermGoal() != null;
    }
}
