package app.rune.service.analytics;

import app.rune.model.LongTermGoal;
import app.rune.model.UserGoals;
import app.rune.store.DocumentRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The Analytics screen's report: the figures with the goal's target date and the tasks' names. */
public final class ReportService {
    private final AnalyticsService analytics;
    private final DocumentRepository<UserGoals> goals;

    public ReportService(AnalyticsService analytics, DocumentRepository<UserGoals> goals) {
        this.analytics = analytics;
        this.goals = goals;
    }

    public AnalyticsReport report(String userId, ReportRange range) {
        Optional<UserGoals> current = goals.findById(userId);
        LocalDate target = current.map(UserGoals::longTermGoal).map(LongTermGoal::targetDate).orElse(null);
        Map<String, String> titles = new HashMap<>();
        // Task ids are unique across goals; should a file repeat one, the first goal's name wins (focus first).
        current.ifPresent(g -> g.goals().forEach(placed -> placed.goal().dailyTasks()
                .forEach(t -> titles.putIfAbsent(t.id(), t.title()))));
        return analytics.report(userId, range, target, id -> titles.getOrDefault(id, id));
    }
}
