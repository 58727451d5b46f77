package app.rune.model;

import java.util.List;
import java.util.Map;

/**
 * Documents of all five collections together: the shape of an export file, and of an import once it has
 * been read. Field order is the order of {@link Collection}.
 */
public record DataSet(
        List<UserGoals> userGoals,
        List<DailyProgress> dailyProgress,
        List<UserPreferences> userPreferences,
        List<UserAnalytics> userAnalytics,
        List<ConversationContext> conversationContext) {

    public DataSet {
        userGoals = Lists.copy(userGoals);
        dailyProgress = Lists.copy(dailyProgress);
        userPreferences = Lists.copy(userPreferences);
        userAnalytics = Lists.copy(userAnalytics);
        conversationContext = Lists.copy(conversationContext);
    }

    public static DataSet empty() {
        return new DataSet(null, null, null, null, null);
    }

    /** The documents of {@code kind}. */
    public List<? extends StoredDocument> of(Collection kind) {
        return switch (kind) {
            case USER_GOALS -> userGoals;
            case DAILY_PROGRESS -> dailyProgress;
            case USER_PREFERENCES -> userPreferences;
            case USER_ANALYTICS -> userAnalytics;
            case CONVERSATION_CONTEXT -> conversationContext;
        };
    }

    /** The documents each collection lists in {@code byKind}, each list of that collection's type. */
    public static DataSet of(Map<Collection, ? extends List<? extends StoredDocument>> byKind) {
        return new DataSet(listOf(byKind, Collection.USER_GOALS, UserGoals.class),
                listOf(byKind, Collection.DAILY_PROGRESS, DailyProgress.class),
                listOf(byKind, Collection.USER_PREFERENCES, UserPreferences.class),
                listOf(byKind, Collection.USER_ANALYTICS, UserAnalytics.class),
                listOf(byKind, Collection.CONVERSATION_CONTEXT, ConversationContext.class));
    }

    private static <T extends StoredDocument> List<T> listOf(
            Map<Collection, ? extends List<? extends StoredDocument>> byKind, Collection kind, Class<T> type) {
        List<? extends StoredDocument> documents = byKind.get(kind);
        return documents == null ? List.of() : documents.stream().map(type::cast).toList();
    }

    public int size() {
        return userGoals.size() + dailyProgress.size() + userPreferences.size() + userAnalytics.size()
                + conversationContext.size();
    }
}
