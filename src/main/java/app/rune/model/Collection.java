package app.rune.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The five document collections, by the names they carry in the database and in export files. */
public enum Collection {
    USER_GOALS("user_goals", UserGoals.class),
    DAILY_PROGRESS("daily_progress", DailyProgress.class),
    USER_PREFERENCES("user_preferences", UserPreferences.class),
    USER_ANALYTICS("user_analytics", UserAnalytics.class),
    CONVERSATION_CONTEXT("conversation_context", ConversationContext.class);

    private final String collectionName;
    private final Class<? extends StoredDocument> documentType;

    Collection(String collectionName, Class<? extends StoredDocument> documentType) {
        this.collectionName = collectionName;
        this.documentType = documentType;
    }

    public String collectionName() {
        return collectionName;
    }

    public Class<? extends StoredDocument> documentType() {
        return documentType;
    }

    public static Optional<Collection> byName(String name) {
        return Arrays.stream(values()).filter(c -> c.collectionName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Collection::collectionName).toList();
    }
}
