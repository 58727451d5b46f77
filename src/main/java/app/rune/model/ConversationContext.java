package app.rune.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The {@code conversation_context} document: where the conversation with the coach stands. {@code recentMessages}
 * is an addition to the seed and keeps only the newest {@value #MAX_RECENT_MESSAGES} messages.
 */
public record ConversationContext(
        @JsonProperty("_id") String id,
        ConversationPhase currentConversationPhase,
        List<PendingAction> pendingActions,
        Instant lastInteraction,
        Integer interactionCount,
        RelationshipStage relationshipStage,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ConversationMessage> recentMessages) implements StoredDocument {

    public static final int MAX_RECENT_MESSAGES = 200;

    public ConversationContext {
        pendingActions = Lists.copy(pendingActions);
        recentMessages = Lists.copy(recentMessages);
    }

    @Override
    @JsonIgnore
    public Collection collection() {
        return Collection.CONVERSATION_CONTEXT;
    }
}
