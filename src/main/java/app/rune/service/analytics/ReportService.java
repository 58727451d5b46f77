package app.rune.service.analytics;

import app.rune.model.LongTermGoal;
import app.rune.model.PlacedGoal;
import app.rune.model.UserGoals;
import app.rune.store.DocumentRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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

    /** The report of all goals, with the focus goal's target date. */
    public AnalyticsReport report(String userId, ReportRange range) {
        return report(userId, range, null);
    }

    /** The report of goal {@code goalId} alone, with its target date; a null id is all goals. */
    public AnalyticsReport report(String userId, ReportRange range, String goalId) {
        Optional<UserGoals> current = goals.findById(userId);
        Optional<PlacedGoal> goal = current.flatMap(g -> goalId == null ? g.currentGoals().stream().findFirst()
                : g.goal(goalId));
        LocalDate target = goal.map(PlacedGoal::longTermGoal).map(LongTermGoal::targetDate).orElse(null);
        Map<String, String> titles = new HashMap<>();
        // Task ids are unique across goals; should a file repeat one, the first goal's name wins (focus first).
        current.ifPresent(g -> g.goals().forEach(placed -> placed.goal().dailyTasks()
                .forEach(t -> titles.putIfAbsent(t.id(), t.title()))));
        return analytics.report(userId, range, target, id -> titles.getOrDefault(id, id), goalId);
    }

    /** The goals the Analytics screen can be limited to: the current ones, focus first. */
    public List<GoalChoice> goalChoices(String userId) {
        return goals.findById(userId).map(g -> g.currentGoals().stream()
                .map(p -> new GoalChoice(p.id(), p.title())).toList()).orElse(List.of());
    }
}
