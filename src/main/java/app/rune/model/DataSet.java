package app.rune.model;

import java.util.List;

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

    public int size() {
        return userGoals.size() + dailyProgress.size() + userPreferences.size() + userAnalytics.size()
                + conversationContext.size();
    }
}
