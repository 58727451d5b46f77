package app.rune.service.analytics;

import app.rune.model.DailyProgress;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.service.user.UserZone;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures each person's days give, gathered as documents go by one at a time (a backup written as it reads),
 * exactly as {@link AnalyticsService#withCurrentFigures} gives them for documents read whole. A day's figures
 * depend on its person's zone, so their preferences come before their days; the streaks depend on their plan, so
 * their goals come before {@link #of}. Each person's days are kept as per-day figures only, not as documents.
 */
public final class CurrentFigures {
    private final Clock clock;
    private final Instant now;
    private final Map<String, UserPreferences> preferences = new HashMap<>();
    private final Map<String, UserGoals> goals = new HashMap<>();
    private final Map<String, History> histories = new HashMap<>();

    CurrentFigures(Clock clock, Instant now) {
        this.clock = clock;
        this.now = now;
    }

    public void preferences(UserPreferences person) {
        preferences.put(person.id(), person);
    }

    public void goals(UserGoals person) {
        goals.put(person.id(), person);
    }

    public void day(DailyProgress day) {
        histories.computeIfAbsent(day.userId(), this::emptyHistory).put(day);
    }

    /**
     * {@code stored} as its person's days give it, as of their today: itself when the figures agree (its
     * {@code last_updated} too), else the figures computed.
     */
    public UserAnalytics of(UserAnalytics stored) {
        Optional<UserPreferences> prefs = Optional.ofNullable(preferences.get(stored.id()));
        History history = histories.getOrDefault(stored.id(), emptyHistory(stored.id()));
        UserAnalytics computed = AnalyticsCalculator.compute(stored.id(), history,
                DuePlan.of(Optional.ofNullable(goals.get(stored.id())), history.zone()),
                UserZone.today(prefs, clock), now);
        return AnalyticsService.sameFigures(stored, computed) ? stored : computed;
    }

    private History emptyHistory(String userId) {
        return new History(UserZone.of(Optional.ofNullable(preferences.get(userId)), clock));
    }
}
