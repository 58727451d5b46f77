package app.rune;

import app.rune.model.DailyProgress;
import app.rune.model.json.RuneJson;
import app.rune.service.analytics.AnalyticsService;
import app.rune.service.analytics.ReportService;
import app.rune.service.coach.CoachInsights;
import app.rune.service.coach.CoachService;
import app.rune.service.coach.CoachVoice;
import app.rune.service.conversation.ConversationService;
import app.rune.service.goal.GoalReviewer;
import app.rune.service.goal.GoalService;
import app.rune.service.goal.TaskPlanner;
import app.rune.service.reminder.FileReminderLog;
import app.rune.service.reminder.Notifier;
import app.rune.service.reminder.ReminderLog;
import app.rune.service.reminder.ReminderScheduler;
import app.rune.service.reminder.ReminderService;
import app.rune.service.settings.SettingsService;
import app.rune.service.today.CheckInService;
import app.rune.service.today.ObstacleCoach;
import app.rune.service.today.ProgressObserver;
import app.rune.service.transfer.BackupService;
import app.rune.service.transfer.CsvExportService;
import app.rune.service.transfer.ExportService;
import app.rune.service.transfer.ImportService;
import app.rune.service.transfer.RestoreService;
import app.rune.service.user.UserDirectory;
import app.rune.service.user.UserSummaryService;
import app.rune.store.AppStateFile;
import app.rune.store.DataFolder;
import app.rune.store.KeyValueFile;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ResourceBundle;

/**
 * The composition root shared by the app and the command line: one data folder, its store, and the services
 * built on it, created once and closed together.
 */
public final class RuneSession implements AutoCloseable {
    private final DataFolder folder;
    private final Store store;
    private final ObjectMapper json;
    private final Clock clock;
    private final AnalyticsService analytics;
    private final SettingsService settings;
    private final CoachService coach;

    private RuneSession(DataFolder folder, Store store, ObjectMapper json, Clock clock) {
        this.folder = folder;
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.analytics = new AnalyticsService(store.dailyProgress(), store.userAnalytics(), store.userPreferences(), clock);
        this.settings = new SettingsService(store.userPreferences(), clock);
        ResourceBundle voice = ResourceBundle.getBundle("app.rune.coach.voice");
        this.coach = new CoachService(store.conversationContext(), store.userPreferences(), store.userGoals(),
                store.userAnalytics(), store.dailyProgress(), new CoachVoice(voice), new CoachInsights(voice), clock);
    }

    /**
     * Opens the data folder at {@code location}: creates it if needed, sends the log there, takes its lock and
     * opens the database file.
     */
    public static RuneSession open(Path location, Clock clock) throws IOException {
        return open(location, clock, false);
    }

    /**
     * As {@link #open}, but a data file found damaged on opening is moved aside and a new, empty one made (see
     * {@link Store#openSettingAsideDamaged}): the first step of restoring a backup over a damaged file.
     */
    public static RuneSession openSettingAsideDamaged(Path location, Clock clock) throws IOException {
        return open(location, clock, true);
    }

    /**
     * As {@link #open}, but the data file is moved aside (kept) whatever its state and a new, empty one made: the
     * person was told the file is damaged and chose to start again or restore a backup.
     */
    public static RuneSession openSettingAside(Path location, Clock clock) throws IOException {
        DataFolder folder = DataFolder.open(location);
        LogFile.writeTo(folder);
        ObjectMapper json = RuneJson.newMapper();
        return new RuneSession(folder, Store.openSettingAside(folder, json), json, clock);
    }

    private static RuneSession open(Path location, Clock clock, boolean setAsideDamaged) throws IOException {
        DataFolder folder = DataFolder.open(location);
        LogFile.writeTo(folder);
        ObjectMapper json = RuneJson.newMapper();
        Store store = setAsideDamaged ? Store.openSettingAsideDamaged(folder, json) : Store.open(folder, json);
        return new RuneSession(folder, store, json, clock);
    }

    public DataFolder folder() {
        return folder;
    }

    public Store store() {
        return store;
    }

    public ObjectMapper json() {
        return json;
    }

    public Clock clock() {
        return clock;
    }

    public UserDirectory users() {
        return new UserDirectory(store, clock);
    }

    public UserSummaryService summaries() {
        return new UserSummaryService(store.userGoals(), store.userAnalytics());
    }

    public AppStateFile appState() {
        return new AppStateFile(folder.appStateFile());
    }

    public ConversationService conversation() {
        return new ConversationService(store.conversationContext(), clock, coach::pendingActionsChanged);
    }

    /** The coach's words for goals: findings, proposed wordings and tasks (translatable). */
    public static ResourceBundle coachWords() {
        return ResourceBundle.getBundle("app.rune.coach.goals");
    }

    public GoalService goals() {
        ResourceBundle words = coachWords();
        return new GoalService(store.userGoals(), store.userPreferences(), conversation(), new GoalReviewer(words),
                new TaskPlanner(words), coach, store, clock);
    }

    public CheckInService checkIns() {
        ConversationService conversation = conversation();
        ObstacleCoach coach = new ObstacleCoach(store.dailyProgress(), store.userGoals(), store.userPreferences(),
                store.userAnalytics(), conversation, coachWords());
        ProgressObserver figures = new ProgressObserver() {
            @Override
            public void progressChanged(String userId, DailyProgress day) {
                analytics.dayChanged(userId, day);
            }

            @Override
            public void changeUndone(String userId) {
                analytics.forget(userId);
            }
        };
        return new CheckInService(store.dailyProgress(), store.userPreferences(), goals(), conversation, coach,
                figures, this.coach, store, clock);
    }

    /** One per session, so the coach panel hears every message. */
    public CoachService coach() {
        return coach;
    }

    /** One per session, so everything that follows a preference hears about its changes. */
    public SettingsService settings() {
        return settings;
    }

    public ReportService reports() {
        return new ReportService(analytics, store.userGoals());
    }

    /** One per session: it keeps each person's history in memory after the first read. */
    public AnalyticsService analytics() {
        return analytics;
    }

    /** The person's daily reminder, shown through {@code notifier}; a click on it runs {@code openToday}. */
    public ReminderService reminders(String userId, Notifier notifier, Runnable openToday) {
        ReminderLog log = new FileReminderLog(new KeyValueFile(folder.remindersFile(),
                "Rune's reminders: the last day reminded and a snooze in progress. Not your data."));
        return new ReminderService(userId, settings, checkIns(), store.userGoals(), coach,
                new ReminderScheduler(clock, log), notifier, openToday, clock);
    }

    public ImportService importer() {
        return new ImportService(store, json, backups());
    }

    /** Backups in the data folder's {@code backups/}, in the export format. */
    public BackupService backups() {
        return new BackupService(exporter(), folder.backupsFolder(), clock);
    }

    public RestoreService restorer() {
        return new RestoreService(store, backups());
    }

    public ExportService exporter() {
        return new ExportService(store, json);
    }

    /** The daily progress as CSV for spreadsheets; times in each person's zone, this session's clock for the rest. */
    public CsvExportService csvExporter() {
        return new CsvExportService(store, clock);
    }

    @Override
    public void close() {
        store.close();
    }
}
