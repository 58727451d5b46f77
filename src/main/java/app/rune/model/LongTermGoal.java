package app.rune.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The goal itself, in the person's final wording.
 *
 * @param goalId the goal's id, unique among the person's goals (an addition to the seed, which has one goal and
 *     leaves it out: a goal without one gets one when it is read, see {@link UserGoals#goalId})
 */
public record LongTermGoal(
        String title,
        String description,
        LocalDate targetDate,
        GoalStatus status,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String goalId) {

    /** A goal without an id of its own yet. */
    public LongTermGoal(String title, String description, LocalDate targetDate, GoalStatus status,
            Instant createdAt, Instant updatedAt) {
        this(title, description, targetDate, status, createdAt, updatedAt, null);
    }

    public LongTermGoal withStatus(GoalStatus changed) {
        return new LongTermGoal(title, description, targetDate, changed, createdAt, updatedAt, goalId);
    }

    public LongTermGoal withGoalId(String id) {
        return new LongTermGoal(title, description, targetDate, status, createdAt, updatedAt, id);
    }

    @JsonIgnore
    public boolean isOpen() {
        return status == GoalStatus.ACTIVE || status == GoalStatus.PAUSED;
    }
}
