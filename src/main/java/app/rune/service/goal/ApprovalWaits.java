package app.rune.service.goal;

import app.rune.model.ConversationPhase;
import app.rune.model.PendingAction;
import app.rune.model.UserGoals;
import app.rune.service.conversation.ConversationService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The coach's waits for the person to approve a goal's proposed tasks ({@code confirm_goal_breakdown}), one per
 * goal. A wait written without a goal (the seed's, or an older Rune's) is about the focus goal.
 */
final class ApprovalWaits {
    static final String CONTEXT = "User needs to approve daily tasks before activation";

    private final ConversationService conversation;

    ApprovalWaits(ConversationService conversation) {
        this.conversation = conversation;
    }

    /** The goals whose tasks wait for the person's approval. */
    Set<String> awaiting(String userId, UserGoals document) {
        List<PendingAction> waits = conversation.pending(userId, ConversationService.CONFIRM_GOAL_BREAKDOWN);
        if (waits.isEmpty() || document == null || document.currentGoals().isEmpty()) {
            return Set.of();
        }
        String focus = focusOf(document);
        Set<String> ids = new HashSet<>();
        waits.forEach(p -> ids.add(goalOf(p, focus)));
        return ids;
    }

    /** The coach waits for goal {@code goalId}'s tasks to be approved; {@code focusId} is the focus goal's id. */
    void await(String userId, String goalId, String focusId) {
        conversation.awaitGoalAction(userId, ConversationPhase.GOAL_SETTING,
                ConversationService.CONFIRM_GOAL_BREAKDOWN, CONTEXT, goalId, p -> goalId.equals(goalOf(p, focusId)));
    }

    /** Goal {@code goalId}'s wait is over (approved, or the goal ended); {@code phase} null keeps the phase. */
    void settle(String userId, String goalId, UserGoals document, ConversationPhase phase) {
        String focus = focusOf(document);
        conversation.settleAction(userId, ConversationService.CONFIRM_GOAL_BREAKDOWN,
                p -> goalId.equals(goalOf(p, focus)), phase);
    }

    /** Before the focus moves away from {@code focusId}: a wait naming no goal is written as that goal's. */
    void pinTo(String userId, String focusId) {
        List<PendingAction> unnamed = conversation.pending(userId, ConversationService.CONFIRM_GOAL_BREAKDOWN)
                .stream().filter(p -> p.goalId() == null).toList();
        if (!unnamed.isEmpty()) {
            conversation.awaitGoalAction(userId, null, ConversationService.CONFIRM_GOAL_BREAKDOWN,
                    unnamed.get(0).context(), focusId, p -> p.goalId() == null || p.goalId().equals(focusId));
        }
    }

    private static String focusOf(UserGoals document) {
        return document.currentGoals().isEmpty() ? null : document.currentGoals().get(0).id();
    }

    private static String goalOf(PendingAction wait, String focusId) {
        return wait.goalId() != null ? wait.goalId() : focusId;
    }
}
