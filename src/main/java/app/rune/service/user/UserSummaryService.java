package app.rune.service.user;

import app.rune.model.LongTermGoal;
import app.rune.model.StreakRecords;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.store.DocumentRepository;
import java.util.Optional;

/** Reads the two small documents the main window needs: both are looked up by id, never scanned. */
public final class UserSummaryService {
    private final DocumentRepository<UserGoals> goals;
    private final DocumentRepository<UserAnalytics> analytics;

    public UserSummaryService(DocumentRepository<UserGoals> goals, DocumentRepository<UserAnalytics> analytics) {
        this.goals = goals;
        this.analytics = analytics;
    }

    public UserSummary summarize(String userId) {
        String goal = goals.findById(userId).map(UserGoals::longTermGoal).map(LongTermGoal::title).orElse(null);
        Optional<StreakRecords> streaks = analytics.findById(userId).map(UserAnalytics::streakRecords);
        return new UserSummary(userId, goal, streaks.map(StreakRecords::currentStreak).orElse(0),
                streaks.map(StreakRecords::longestStreak).orElse(0));
    }
}
