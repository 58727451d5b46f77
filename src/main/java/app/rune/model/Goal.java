package app.rune.model;

import java.util.List;

/**
 * One goal with everything that belongs to it: its wording and status, its daily tasks and how its wording was
 * refined. The shape of {@code other_goals} and {@code archived_goals} entries; the focus goal's three fields sit
 * at the top of the {@code user_goals} document, as in the seed.
 */
public record Goal(
        LongTermGoal longTermGoal,
        List<DailyTask> dailyTasks,
        List<GoalRefinement> goalRefinementHistory) {

    public Goal {
        dailyTasks = Lists.copy(dailyTasks);
        goalRefinementHistory = Lists.copy(goalRefinementHistory);
    }

    /** The goal's id as written in the file; null for a goal written without one (see {@link UserGoals#goalId}). */
    public String writtenId() {
        return longTermGoal == null ? null : longTermGoal.goalId();
    }

    public Goal withLongTermGoal(LongTermGoal changed) {
        return new Goal(changed, dailyTasks, goalRefinementHistory);
    }

    public Goal withTasks(List<DailyTask> tasks) {
        return new Goal(longTermGoal, tasks, goalRefinementHistory);
    }
}
