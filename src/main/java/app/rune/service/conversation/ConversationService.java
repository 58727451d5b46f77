package app.rune.service.conversation;

import app.rune.model.ConversationContext;
import app.rune.model.ConversationPhase;
import app.rune.model.PendingAction;
import app.rune.model.RelationshipStage;
import app.rune.store.DocumentRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Keeps {@code conversation_context} up to date: every exchange with the coach counts, moves the conversation
 * to its phase, and adds or settles what the coach is waiting for. Whoever shows what the coach waits for (the
 * coach panel's button) hears of each change to it, with the user's id.
 */
public final class ConversationService {
    /** The coach waits for the person to approve the proposed daily tasks. */
    public static final String CONFIRM_GOAL_BREAKDOWN = "confirm_goal_breakdown";

    private final DocumentRepository<ConversationContext> conversations;
    private final Clock clock;
    private final Consumer<String> pendingChanged;

    /** Where nobody shows what the coach waits for: the command line, tests. */
    public ConversationService(DocumentRepository<ConversationContext> conversations, Clock clock) {
        this(conversations, clock, userId -> { });
    }

    /** @param pendingChanged told (with the user id) after what the coach waits for was added or settled */
    public ConversationService(DocumentRepository<ConversationContext> conversations, Clock clock,
            Consumer<String> pendingChanged) {
        this.conversations = conversations;
        this.clock = clock;
        this.pendingChanged = pendingChanged;
    }

    public Optional<ConversationContext> find(String userId) {
        return conversations.findById(userId);
    }

    public boolean isPending(String userId, String action) {
        return find(userId).map(c -> c.pendingActions().stream().anyMatch(p -> p.action().equals(action)))
                .orElse(false);
    }

    /** What the coach waits for under {@code action}, oldest first. */
    public List<PendingAction> pending(String userId, String action) {
        return find(userId).map(c -> c.pendingActions().stream().filter(p -> p.action().equals(action)).toList())
                .orElse(List.of());
    }

    /** An exchange that changes nothing but the count and the time: a review, a question answered. */
    public ConversationContext recordExchange(String userId) {
        return update(userId, null, pending -> { });
    }

    /** An exchange after which the coach waits for {@code action} (replacing an older wait for the same). */
    public ConversationContext awaitAction(String userId, ConversationPhase phase, String action, String why) {
        return awaitAction(userId, phase, action, why, null);
    }

    /** As {@link #awaitAction(String, ConversationPhase, String, String)}, about the task {@code taskId}. */
    public ConversationContext awaitAction(String userId, ConversationPhase phase, String action, String why,
            String taskId) {
        Instant now = now();
        ConversationContext updated = update(userId, phase, pending -> {
            pending.removeIf(p -> p.action().equals(action));
            pending.add(new PendingAction(action, why, now, taskId));
        });
        pendingChanged.accept(userId);
        return updated;
    }

    /**
     * An exchange after which the coach waits for {@code action} about the goal {@code goalId}, replacing the waits
     * for the same that {@code sameGoal} says are about that goal (older ones may name none: the focus goal).
     */
    public ConversationContext awaitGoalAction(String userId, ConversationPhase phase, String action, String why,
            String goalId, Predicate<PendingAction> sameGoal) {
        Instant now = now();
        ConversationContext updated = update(userId, phase, pending -> {
            pending.removeIf(p -> p.action().equals(action) && sameGoal.test(p));
            pending.add(new PendingAction(action, why, now, null, goalId));
        });
        pendingChanged.accept(userId);
        return updated;
    }

    /** An exchange that settles the waits for {@code action} that {@code which} picks, moving on to {@code phase}. */
    public ConversationContext settleAction(String userId, String action, Predicate<PendingAction> which,
            ConversationPhase phase) {
        ConversationContext updated = update(userId, phase,
                pending -> pending.removeIf(p -> p.action().equals(action) && which.test(p)));
        pendingChanged.accept(userId);
        return updated;
    }

    /** An exchange that settles {@code action} and moves the conversation on to {@code phase}. */
    public ConversationContext settleAction(String userId, String action, ConversationPhase phase) {
        ConversationContext updated = update(userId, phase, pending -> pending.removeIf(p -> p.action().equals(action)));
        pendingChanged.accept(userId);
        return updated;
    }

    private ConversationContext update(String userId, ConversationPhase phase, Consumer<List<PendingAction>> change) {
        Instant now = now();
        return conversations.update(userId, () -> new ConversationContext(userId, ConversationPhase.GOAL_SETTING,
                List.of(), null, 0, RelationshipStage.NEW, List.of()), current -> {
                    List<PendingAction> pending = new ArrayList<>(current.pendingActions());
                    change.accept(pending);
                    int count = current.interactionCount() == null ? 0 : current.interactionCount();
                    return new ConversationContext(userId,
                            phase != null ? phase : current.currentConversationPhase(), pending, now, count + 1,
                            current.relationshipStage() != null ? current.relationshipStage() : RelationshipStage.NEW,
                            current.recentMessages());
                });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
