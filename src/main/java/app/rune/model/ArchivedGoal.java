package app.rune.model;

import java.util.List;

/** An earlier goal, kept whole when the person moves on, so nothing they wrote is lost. */
public record ArchivedGoal(
        LongTermGoal longTermGoal,
        List<DailyTask> dailyTasks,
        List<GoalRefinement> goalRefinementHistory) {

    public ArchivedGoal {
        dailyTasks = Lists.copy(dailyTasks);
        goalRefinementHistory = Lists.copy(goalRefinementHistory);
    }
}
