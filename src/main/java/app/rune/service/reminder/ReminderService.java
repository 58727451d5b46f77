package app.rune.service.reminder;

import app.rune.model.GoalPatterns;
import app.rune.model.LongTermGoal;
import app.rune.model.ReminderSettings;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.service.coach.CoachIntent;
import app.rune.service.coach.CoachService;
import app.rune.service.settings.SettingsService;
import app.rune.service.today.CheckInService;
import app.rune.service.today.OpenToday;
import app.rune.service.user.UserZone;
import app.rune.store.DocumentRepository;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends the person's daily reminder: every half minute (and at once when a setting changes) it asks the
 * {@link ReminderScheduler} whether the reminder is due, and if so has the coach word it (what is left, in the
 * person's tone) and shows it through the {@link Notifier}.
 */
public final class ReminderService implements AutoCloseable {
    private static final Logger LOG = System.getLogger(ReminderService.class.getName());
    static final long TICK_SECONDS = 30;

    private final String userId;
    private final SettingsService settings;
    private final CheckInService checkIns;
    private final DocumentRepository<UserGoals> goals;
    private final CoachService coach;
    private final ReminderScheduler scheduler;
    private final Notifier notifier;
    private final Runnable openToday;
    private final Clock clock;
    private ScheduledExecutorService ticker;
    private Runnable stopListening = () -> { };

    public ReminderService(String userId, SettingsService settings, CheckInService checkIns,
            DocumentRepository<UserGoals> goals, CoachService coach, ReminderScheduler scheduler, Notifier notifier,
            Runnable openToday, Clock clock) {
        this.userId = userId;
        this.settings = settings;
        this.checkIns = checkIns;
        this.goals = goals;
        this.coach = coach;
        this.scheduler = scheduler;
        this.notifier = notifier;
        this.openToday = openToday;
        this.clock = clock;
    }

    /** Starts asking every half minute; a change of settings asks at once. */
    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rune-reminders");
            thread.setDaemon(true);
            return thread;
        });
        ScheduledExecutorService started = ticker;
        stopListening = settings.onChange(changed -> {
            if (changed.id().equals(userId)) {
                try {
                    started.execute(this::tickQuietly);
                } catch (RejectedExecutionException closing) {
                    // Closed meanwhile: nothing left to remind.
                }
            }
        });
        ticker.scheduleWithFixedDelay(this::tickQuietly, 0, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** One look at the clock; returns whether a reminder went out. */
    public boolean tick() {
        UserPreferences prefs = settings.load(userId);
        ReminderRules rules = rules(prefs);
        // A task the person said they are skipping today is settled, not left: no nagging about it.
        OpenToday today = checkIns.openToday(userId);
        ReminderDay day = new ReminderDay(today.date(), today.planned(), today.settled(), today.checkedIn(),
                today.restDay());
        if (!scheduler.due(userId, rules, day)) {
            return false;
        }
        Map<String, Object> facts = new HashMap<>();
        facts.put("count", day.left());
        if (!today.openTitles().isEmpty()) {
            facts.put("task", today.openTitles().get(0));
        }
        String text = coach.speak(userId, CoachIntent.REMINDER, facts);
        boolean shown = notifier.show("Rune", text, openToday);
        if (!shown) {
            LOG.log(Level.INFO, "A reminder could not be shown anywhere; it is in the coach panel");
        }
        return true;
    }

    /** "Snooze 15 minutes" from the tray. */
    public void snooze() {
        scheduler.snooze(userId, rules(settings.load(userId)));
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            // The next tick tries again; one bad moment (the file closing at exit) must not stop reminders.
            LOG.log(Level.WARNING, "Reminder check failed", e);
        }
    }

    ReminderRules rules(UserPreferences prefs) {
        Optional<ReminderSettings> reminders = Optional.ofNullable(prefs.reminderSettings());
        ZoneId zone = UserZone.of(Optional.of(prefs), clock);
        DayOfWeek weekly = goals.findById(userId).map(UserGoals::longTermGoal).map(LongTermGoal::createdAt)
                .map(created -> created.atZone(zone).getDayOfWeek()).orElse(DayOfWeek.MONDAY);
        return new ReminderRules(reminders.map(ReminderSettings::dailyReminder).orElse(false),
                reminders.map(ReminderSettings::reminderTime).orElse(null),
                reminders.map(ReminderSettings::progressCheckFrequency).orElse(null), weekly, zone,
                Optional.ofNullable(prefs.goalPatterns()).map(GoalPatterns::dayStart).orElse(null));
    }

    /** Stops, waiting briefly for a check in progress: the data folder may close right after. */
    @Override
    public synchronized void close() {
        stopListening.run();
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ticker = null;
        }
    }

}
