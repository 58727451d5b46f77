package app.rune.service.settings;

import app.rune.model.CommunicationStyle;
import app.rune.model.GoalPatterns;
import app.rune.model.ReminderSettings;
import app.rune.model.UserPreferences;
import app.rune.model.validation.DocumentValidator;
import app.rune.model.validation.Problem;
import app.rune.service.user.NewUserDefaults;
import app.rune.service.user.UserZone;
import app.rune.store.DocumentRepository;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The person's {@code user_preferences}: read with defaults filled in for anything never set, and stored whole
 * once valid. Whoever depends on a preference (the reminder, the coach's tone) is told at once.
 */
public final class SettingsService {
    private final DocumentRepository<UserPreferences> preferences;
    private final Clock clock;
    private final List<Consumer<UserPreferences>> listeners = new CopyOnWriteArrayList<>();

    public SettingsService(DocumentRepository<UserPreferences> preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    /**
     * Tells {@code listener} about every saved change (the reminder schedule, the coach panel) until the returned
     * action is run.
     */
    public Runnable onChange(Consumer<UserPreferences> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The person's time zone: their preference, else the computer's. Their days and times follow it. */
    public ZoneId zone(String userId) {
        return UserZone.of(preferences.findById(userId), clock);
    }

    /** The stored preferences, every part present: what was never set reads as the defaults. */
    public UserPreferences load(String userId) {
        UserPreferences defaults = NewUserDefaults.preferences(userId, clock.getZone());
        UserPreferences stored = preferences.findById(userId).orElse(defaults);
        return new UserPreferences(userId,
                merge(stored.communicationStyle(), defaults.communicationStyle()),
                merge(stored.reminderSettings(), defaults.reminderSettings()),
                merge(stored.goalPatterns(), defaults.goalPatterns()));
    }

    /** Stores {@code changed} if the document's rules hold; returns the problems otherwise (nothing written). */
    public List<Problem> save(UserPreferences changed) {
        List<Problem> problems = new DocumentValidator().validate(changed, "");
        if (!problems.isEmpty()) {
            return problems;
        }
        preferences.save(changed);
        listeners.forEach(listener -> listener.accept(changed));
        return List.of();
    }

    private static CommunicationStyle merge(CommunicationStyle stored, CommunicationStyle defaults) {
        if (stored == null) {
            return defaults;
        }
        return new CommunicationStyle(or(stored.formality(), defaults.formality()),
                or(stored.motivationType(), defaults.motivationType()), stored.culturalContext(),
                or(stored.preferredCheckInTime(), defaults.preferredCheckInTime()),
                or(stored.timezone(), defaults.timezone()));
    }

    private static ReminderSettings merge(ReminderSettings stored, ReminderSettings defaults) {
        if (stored == null) {
            return defaults;
        }
        return new ReminderSettings(or(stored.dailyReminder(), defaults.dailyReminder()),
                or(stored.reminderTime(), defaults.reminderTime()),
                or(stored.reminderMessageStyle(), defaults.reminderMessageStyle()),
                or(stored.progressCheckFrequency(), defaults.progressCheckFrequency()));
    }

    private static GoalPatterns merge(GoalPatterns stored, GoalPatterns defaults) {
        if (stored == null) {
            return defaults;
        }
        return new GoalPatterns(stored.typicalObstacles(), stored.successPatterns(),
                or(stored.preferredTaskDuration(), defaults.preferredTaskDuration()),
                or(stored.maxDailyTasks(), defaults.maxDailyTasks()), stored.dayStartsAt());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
