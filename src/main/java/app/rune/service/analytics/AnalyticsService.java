package app.rune.service.analytics;

import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.service.user.UserZone;
import app.rune.store.DailyProgressRepository;
import app.rune.store.DocumentRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keeps each person's {@code user_analytics} current. The first time a person is needed their whole history is
 * read once (a full pass) and kept as per-day figures; after that a changed day replaces its own figures and the
 * document is recomputed from memory, without reading the file again. Both ways compute with the same
 * {@link AnalyticsCalculator}, so they always agree.
 */
public final class AnalyticsService {
    private final DailyProgressRepository progress;
    private final DocumentRepository<UserAnalytics> analytics;
    private final DocumentRepository<UserPreferences> preferences;
    private final DocumentRepository<UserGoals> goals;
    private final Clock clock;
    private final Map<String, History> histories = new ConcurrentHashMap<>();
    private final List<StreakListener> streakListeners = new CopyOnWriteArrayList<>();

    /** Hears when catching up finds that a person's current streak changed while Rune was closed. */
    @FunctionalInterface
    public interface StreakListener {
        void streakChanged(String userId, int before, int after);
    }

    /** @param goals the plan the streaks are judged by (which tasks were due on which days) */
    public AnalyticsService(DailyProgressRepository progress, DocumentRepository<UserAnalytics> analytics,
            DocumentRepository<UserPreferences> preferences, DocumentRepository<UserGoals> goals, Clock clock) {
        this.progress = progress;
        this.analytics = analytics;
        this.preferences = preferences;
        this.goals = goals;
        this.clock = clock;
    }

    /**
     * What the Analytics screen draws for {@code range}, from the history in memory (read once per session).
     *
     * @param targetDate the goal's target date, or null
     * @param titles a task's title by id (the current goal's, else the one recorded)
     */
    public AnalyticsReport report(String userId, ReportRange range, LocalDate targetDate,
            Function<String, String> titles) {
        ZoneId zone = zone(userId);
        History history = histories.get(userId);
        if (history == null || !history.zone().equals(zone)) {
            history = load(userId);
        }
        return build(userId, history, plan(userId, zone), range, targetDate, titles);
    }

    /**
     * As {@link #report(String, ReportRange, LocalDate, Function)} for goal {@code goalId} alone: its tasks'
     * entries, on the days that hold one, with its own plan (read from the file: the history in memory is all
     * goals'). A null {@code goalId} is all goals.
     */
    public AnalyticsReport report(String userId, ReportRange range, LocalDate targetDate,
            Function<String, String> titles, String goalId) {
        if (goalId == null) {
            return report(userId, range, targetDate, titles);
        }
        ZoneId zone = zone(userId);
        Optional<UserGoals> document = goals.findById(userId);
        GoalScope scope = GoalScope.of(userId, document, goalId);
        // Day by day, as the figures' own history is read: ten years of records need not be in memory at once.
        History history = new History(zone);
        progress.forEachOfUser(userId, day -> scope.restrict(day).ifPresent(history::put));
        return build(userId, history, DuePlan.of(document, zone, Set.of(scope.goalId())), range, targetDate, titles);
    }

    private AnalyticsReport build(String userId, History history, DuePlan plan, ReportRange range,
            LocalDate targetDate, Function<String, String> titles) {
        LocalDate today = today(userId);
        UserAnalytics figures = AnalyticsCalculator.compute(userId, history, plan, today, now());
        Map<String, TaskTarget> targets = new HashMap<>();
        Map<String, TaskSchedule> flexible = new HashMap<>();
        // The current goal's tasks come last in the plan, so their plans win over an earlier goal's.
        plan.tasks().forEach(t -> {
            if (t.task().target() != null) {
                targets.put(t.task().id(), t.task().target());
            }
            TaskSchedule schedule = t.task().currentSchedule();
            if (schedule.flexible()) {
                flexible.put(t.task().id(), schedule);
            } else {
                flexible.remove(t.task().id());
            }
        });
        return ReportBuilder.build(figures, history, today, range, targetDate, titles, targets, flexible);
    }

    /** Tells {@code listener} what {@link #catchUp} finds (the coach has a word for a streak that ended). */
    public void onStreakChange(StreakListener listener) {
        streakListeners.add(listener);
    }

    /**
     * Brings the person's figures up to date when Rune opens: days have passed since they were stored (a streak
     * may have ended), and an import may have brought progress they do not know about. Listeners hear how the
     * current streak moved.
     */
    public UserAnalytics catchUp(String userId) {
        int before = stored(userId).map(a -> a.streakRecords().currentStreak()).orElse(0);
        UserAnalytics now = refresh(userId);
        int after = now.streakRecords().currentStreak();
        streakListeners.forEach(listener -> listener.streakChanged(userId, before, after));
        return now;
    }

    /** The stored document, as it is (an imported one may be out of date until {@link #refresh}). */
    public Optional<UserAnalytics> stored(String userId) {
        return analytics.findById(userId);
    }

    /**
     * Recomputes from the whole history and stores the result if any figure differs from the stored one (an
     * import may have brought progress the stored figures do not know about).
     */
    public UserAnalytics refresh(String userId) {
        History history = load(userId);
        return store(userId, history);
    }

    /** After a change to one day: replaces that day's figures and stores the document. */
    public UserAnalytics dayChanged(String userId, DailyProgress day) {
        ZoneId zone = zone(userId);
        History history = histories.get(userId);
        if (history == null || !history.zone().equals(zone)) {
            // Not read yet, or the time zone moved the hours: read everything once.
            return refresh(userId);
        }
        history.put(day);
        // The day itself was just committed; its figures can be recomputed, so they ride on the next commit.
        return store(userId, history, analytics::saveWithNextCommit);
    }

    /** Drops what is kept in memory of the person's days: a change to them failed, so read them again. */
    public void forget(String userId) {
        histories.remove(userId);
    }

    /** The figures as of {@code asOf}, from a full pass over the file; nothing is stored or kept. */
    public UserAnalytics compute(String userId, LocalDate asOf) {
        ZoneId zone = zone(userId);
        History history = History.of(progress.findByUserBetween(userId, LocalDate.of(1, 1, 1), asOf), zone);
        return AnalyticsCalculator.compute(userId, history, plan(userId, zone), asOf, now());
    }

    /**
     * The figures of goal {@code goalId} alone as of {@code asOf}: its tasks' entries, on the days that hold one,
     * with its own tasks' plan for the streaks; nothing is stored (the stored figures are all goals').
     *
     * @throws app.rune.service.goal.UnknownGoalException when the person has no such goal
     */
    public UserAnalytics compute(String userId, LocalDate asOf, String goalId) {
        ZoneId zone = zone(userId);
        Optional<UserGoals> document = goals.findById(userId);
        GoalScope scope = GoalScope.of(userId, document, goalId);
        History history = History.of(scope.restrict(progress.findByUserBetween(userId, LocalDate.of(1, 1, 1), asOf)),
                zone);
        return AnalyticsCalculator.compute(userId, history, DuePlan.of(document, zone, Set.of(scope.goalId())), asOf,
                now());
    }

    /**
     * Each current goal's own streak as of today ({@link #compute(String, LocalDate, String)}'s), by goal id: the
     * Goal screen's list shows them. One read of the history for all goals.
     */
    public Map<String, Integer> goalStreaks(String userId) {
        Optional<UserGoals> document = goals.findById(userId);
        if (document.isEmpty()) {
            return Map.of();
        }
        ZoneId zone = zone(userId);
        LocalDate today = today(userId);
        List<DailyProgress> days = progress.findByUserBetween(userId, LocalDate.of(1, 1, 1), today);
        Map<String, Integer> streaks = new HashMap<>();
        for (app.rune.model.PlacedGoal goal : document.get().currentGoals()) {
            GoalScope scope = GoalScope.of(userId, document, goal.id());
            UserAnalytics figures = AnalyticsCalculator.compute(userId, History.of(scope.restrict(days), zone),
                    DuePlan.of(document, zone, Set.of(goal.id())), today, now());
            streaks.put(goal.id(), figures.streakRecords() == null ? 0 : figures.streakRecords().currentStreak());
        }
        return streaks;
    }

    /**
     * {@code data} with each of its {@code user_analytics} documents as that person's {@code daily_progress} in
     * {@code data} gives them, as of their today in the zone of their {@code user_preferences} in {@code data}:
     * the figures {@link #refresh} would store. After a tick the figures ride on the next commit, so a Rune
     * ended before it (a kill, a SIGTERM) leaves the stored ones a tick behind the days; an export or a backup
     * written through this is current with its days all the same. Figures that agree already are kept as they
     * are, {@code last_updated} too. No document is added (someone without figures gets them when Rune next
     * opens for them) or removed, and nothing is stored or kept: an export never writes.
     */
    public DataSet withCurrentFigures(DataSet data) {
        if (data.userAnalytics().isEmpty()) {
            return data;
        }
        CurrentFigures current = currentFigures();
        data.userPreferences().forEach(current::preferences);
        data.userGoals().forEach(current::goals);
        data.dailyProgress().forEach(current::day);
        List<UserAnalytics> figures = data.userAnalytics().stream().map(current::of).toList();
        return new DataSet(data.userGoals(), data.dailyProgress(), data.userPreferences(), figures,
                data.conversationContext());
    }

    /** {@link #withCurrentFigures}'s figures gathered as the documents go by, one at a time (see the class). */
    public CurrentFigures currentFigures() {
        return new CurrentFigures(clock, now());
    }

    /** Stores {@code computed} (the command line's recompute as of today). */
    public void save(UserAnalytics computed) {
        analytics.save(computed);
    }

    public LocalDate today(String userId) {
        return UserZone.today(preferences.findById(userId), clock);
    }

    private History load(String userId) {
        // Day by day into the history: ten years of days as records at once took ~20 MB of heap at start-up.
        History history = new History(zone(userId));
        progress.forEachOfUser(userId, history::put);
        histories.put(userId, history);
        return history;
    }

    private UserAnalytics store(String userId, History history) {
        return store(userId, history, analytics::save);
    }

    private UserAnalytics store(String userId, History history, Consumer<UserAnalytics> save) {
        UserAnalytics computed = AnalyticsCalculator.compute(userId, history, plan(userId, history.zone()),
                today(userId), now());
        Optional<UserAnalytics> before = analytics.findById(userId);
        if (before.isEmpty() || !sameFigures(before.get(), computed)) {
            save.accept(computed);
            return computed;
        }
        return before.get();
    }

    /** Equal but for {@code last_updated}: nothing to write. */
    static boolean sameFigures(UserAnalytics a, UserAnalytics b) {
        return Objects.equals(a.goalCompletionRate(), b.goalCompletionRate())
                && Objects.equals(a.averageTaskCompletion(), b.averageTaskCompletion())
                && Objects.equals(a.streakRecords(), b.streakRecords())
                && Objects.equals(a.commonObstacles(), b.commonObstacles())
                && Objects.equals(a.bestPerformingTimes(), b.bestPerformingTimes())
                && Objects.equals(a.taskDifficultyTrends(), b.taskDifficultyTrends())
                && Objects.equals(a.taskStreaks(), b.taskStreaks());
    }

    private DuePlan plan(String userId, ZoneId zone) {
        return DuePlan.of(goals.findById(userId), zone);
    }

    private ZoneId zone(String userId) {
        Optional<UserPreferences> prefs = preferences.findById(userId);
        return UserZone.of(prefs, clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
