package app.rune.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Something the coach is waiting for the person to do, such as {@code confirm_goal_breakdown}.
 *
 * @param context why, in words
 * @param taskId the task the wait is about, when it is about one (an addition to the seed: the coach's
 *     recurring-obstacle question keeps its task here)
 * @param goalId the goal the wait is about, when it is about one (an addition to the seed: the approval of a
 *     goal's tasks keeps its goal here; left out, the focus goal)
 */
public record PendingAction(String action, String context, Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String taskId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String goalId) {

    /** A wait that is not about a particular task or goal. */
    public PendingAction(String action, String context, Instant createdAt) {
        this(action, context, createdAt, null, null);
    }

    /** A wait about the task {@code taskId}. */
    public PendingAction(String action, String context, Instant createdAt, String taskId) {
        this(action, context, createdAt, taskId, null);
    }
}
