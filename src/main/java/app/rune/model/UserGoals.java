package app.rune.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code user_goals} document: one per user, keyed by the user id. It holds the current goal, the daily
 * tasks agreed for it, how its wording was refined, and (an addition to the seed) the goals that came before.
 */
public record UserGoals(
        @JsonProperty("_id") String id,
        LongTermGoal longTermGoal,
        List<DailyTask> dailyTasks,
        List<GoalRefinement> goalRefinementHistory,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ArchivedGoal> archivedGoals) implements StoredDocument {

    public UserGoals {
        dailyTasks = Lists.copy(dailyTasks);
        goalRefinementHistory = Lists.copy(goalRefinementHistory);
        archivedGoals = Lists.copy(archivedGoals);
    }

    @Override
    @JsonIgnore
    public Collection collection() {
        return Collection.USER_GOALS;
    }
}
