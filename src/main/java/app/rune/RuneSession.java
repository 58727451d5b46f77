package app.rune;

import app.rune.data.KeyValueFile;
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
import app.rune.service.reminder.ReminderScheduler;
import app.rune.service.reminder.ReminderService;
import app.rune.service.settings.SettingsService;
import app.rune.service.today.CheckInService;
import app.rune.service.today.ObstacleCoach;
import app.rune.service.today.ProgressObserver;
import app.rune.service.transfer.BackupService;
import app.rune.service.transfer.CsvExportService;
import app.rune.service.transfer.CsvImportService;
import app.rune.service.transfer.ExportService;
import app.rune.service.transfer.ImportService;
import app.rune.service.transfer.RestoreService;
import app.rune.service.transfer.loop.LoopImportService;
import app.rune.service.user.UserDirectory;
import app.rune.service.user.UserSummaryService;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The one composition root, shared by the app and the command line: one data folder, its store, and every
 * service built on it, each built once here and closed together. It hands out services; the store beneath them
 * is reached only by tests (the app and the command line may not, see {@code ArchitectureTest}).
 */
public final class RuneSession implements AutoCloseable {
    private final DataFolder folder;
    private final Store store;
    private final Clock clock;
    private final AnalyticsService analytics;
    private final SettingsService settings;
    private final CoachService coach;
    private final ConversationService conversation;
    private final GoalService goals;
    private final CheckInService checkIns;
    private final ReportService reports;
    private final UserDirectory users;
    private final UserSummaryService summaries;
    private final ExportService exporter;
    private final CsvExportService csvExporter;
    private final BackupService backups;
    private final ImportService importer;
    private final LoopImportService loopImporter;
    private final CsvImportService csvImporter;
    private final RestoreService restorer;
    /** Lent to a command run by the app (see {@link #lend}): closing it leaves the app's session open. */
    private final boolean lent;

    private RuneSession(DataFolder folder, Store store, ObjectMapper json, Clock clock) {
        this.folder = folder;
        this.store = store;
        this.clock = clock;
        analytics = new AnalyticsService(store.dailyProgress(), store.userAnalytics(), store.userPreferences(),
                store.userGoals(), clock);
        settings = new SettingsService(store.userPreferences(), clock);
        ResourceBundle voice = ResourceBundle.getBundle("app.rune.coach.voice");
        coach = new CoachService(store.conversationContext(), store.userPreferences(), store.userGoals(),
                store.userAnalytics(), store.dailyProgress(), new CoachVoice(voice), new CoachInsights(voice), clock);
        // A streak that ended while Rune was closed gets the coach's word when the figures catch up.
        analytics.onStreakChange(coach::streakChanged);
        conversation = new ConversationService(store.conversationContext(), clock, coach::pendingActionsChanged);
        ResourceBundle words = coachWords();
        goals = new GoalService(store.userGoals(), store.userPreferences(), conversation, new GoalReviewer(words),
                new TaskPlanner(words), coach, store, clock);
        ObstacleCoach obstacles = new ObstacleCoach(store.dailyProgress(), store.userGoals(), store.userPreferences(),
                store.userAnalytics(), conversation, words);
        summaries = new UserSummaryService(store.userGoals(), store.userAnalytics());
        checkIns = new CheckInService(store.dailyProgress(), store.userPreferences(), goals, conversation, obstacles,
                figuresFollowing(analytics), coach, summaries, store, clock);
        reports = new ReportService(analytics, store.userGoals());
        users = new UserDirectory(store, clock);
        exporter = new ExportService(store, json, analytics);
        csvExporter = new CsvExportService(store, clock);
        backups = new BackupService(exporter, folder.backupsFolder(), clock, users::sharedZone);
        importer = new ImportService(store, json, backups);
        loopImporter = new LoopImportService(store, clock, importer, users);
        csvImporter = new CsvImportService(store, clock, importer, users);
        restorer = new RestoreService(store, backups, json);
        lent = false;
    }

    private RuneSession(RuneSession owner) {
        folder = owner.folder;
        store = owner.store;
        clock = owner.clock;
        analytics = owner.analytics;
        settings = owner.settings;
        coach = owner.coach;
        conversation = owner.conversation;
        goals = owner.goals;
        checkIns = owner.checkIns;
        reports = owner.reports;
        users = owner.users;
        summaries = owner.summaries;
        exporter = owner.exporter;
        csvExporter = owner.csvExporter;
        backups = owner.backups;
        importer = owner.importer;
        loopImporter = owner.loopImporter;
        csvImporter = owner.csvImporter;
        restorer = owner.restorer;
        lent = true;
    }

    /**
     * This session for a command that the running app performs for another process: the same services, while
     * the command's closing of it, when it is done, leaves the app's session open.
     */
    public RuneSession lend() {
        return new RuneSession(this);
    }

    /** The analytics keep up with every day a change stores, and forget what a failed change told them. */
    private static ProgressObserver figuresFollowing(AnalyticsService analytics) {
        return new ProgressObserver() {
            @Override
            public void progressChanged(String userId, DailyProgress day) {
                analytics.dayChanged(userId, day);
            }

            @Override
            public void changeUndone(String userId) {
                analytics.forget(userId);
            }
        };
    }

    /**
     * Opens the data folder at {@code location}: creates it if needed, sends the log there, takes its lock and
     * opens the database file.
     */
    public static RuneSession open(Path location, Clock clock) throws IOException {
        return open(location, clock, Store::open);
    }

    /**
     * As {@link #open}, but a data file found damaged on opening is moved aside and a new, empty one made (see
     * {@link Store#openSettingAsideDamaged}): the first step of restoring a backup over a damaged file.
     */
    public static RuneSession openSettingAsideDamaged(Path location, Clock clock) throws IOException {
        return open(location, clock, Store::openSettingAsideDamaged);
    }

    /**
     * As {@link #open}, but the data file is moved aside (kept) whatever its state and a new, empty one made: the
     * person was told the file is damaged and chose to start again or restore a backup.
     */
    public static RuneSession openSettingAside(Path location, Clock clock) throws IOException {
        return open(location, clock, Store::openSettingAside);
    }

    private static RuneSession open(Path location, Clock clock, BiFunction<DataFolder, ObjectMapper, Store> opening)
            throws IOException {
        // Jackson's first mapper takes tens of milliseconds to set up: alongside taking the folder and its log.
        CompletableFuture<ObjectMapper> mapper = CompletableFuture.supplyAsync(RuneJson::newMapper);
        DataFolder folder = DataFolder.open(location);
        LogFile.writeTo(folder);
        ObjectMapper json = mapper.join();
        return new RuneSession(folder, opening.apply(folder, json), json, clock);
    }

    /** The data folder this session works on. */
    public Path dataFolder() {
        return folder.root();
    }

    /**
     * The store beneath the services, for tests and benchmarks that set up or look at stored documents directly.
     * The app and the command line work through the services only.
     */
    public Store store() {
        return store;
    }

    public UserDirectory users() {
        return users;
    }

    public UserSummaryService summaries() {
        return summaries;
    }

    public ConversationService conversation() {
        return conversation;
    }

    /** The coach's words for goals: findings, proposed wordings and tasks (translatable). */
    public static ResourceBundle coachWords() {
        return ResourceBundle.getBundle("app.rune.coach.goals");
    }

    public GoalService goals() {
        return goals;
    }

    public CheckInService checkIns() {
        return checkIns;
    }

    /** The coach panel hears every message through this one. */
    public CoachService coach() {
        return coach;
    }

    /** Everything that follows a preference hears about its changes through this one. */
    public SettingsService settings() {
        return settings;
    }

    public ReportService reports() {
        return reports;
    }

    /** It keeps each person's history in memory after the first read. */
    public AnalyticsService analytics() {
        return analytics;
    }

    /** The person's daily reminder, shown through {@code notifier}; a click on it runs {@code openToday}. */
    public ReminderService reminders(String userId, Notifier notifier, Runnable openToday) {
        FileReminderLog log = new FileReminderLog(new KeyValueFile(folder.remindersFile(),
                "Rune's reminders: the last day reminded and a snooze in progress. Not your data."));
        return new ReminderService(userId, settings, checkIns, store.userGoals(), coach,
                new ReminderScheduler(clock, log), notifier, openToday, clock);
    }

    public ImportService importer() {
        return importer;
    }

    /** Imports from Loop Habit Tracker's backups and CSV exports. */
    public LoopImportService loopImporter() {
        return loopImporter;
    }

    /** Imports the progress CSV that {@link #csvExporter} writes, edited or not: its days replace stored ones. */
    public CsvImportService csvImporter() {
        return csvImporter;
    }

    /** Backups in the data folder's {@code backups/}, in the export format. */
    public BackupService backups() {
        return backups;
    }

    public RestoreService restorer() {
        return restorer;
    }

    public ExportService exporter() {
        return exporter;
    }

    /** The daily progress as CSV for spreadsheets; times in each person's zone, this session's clock for the rest. */
    public CsvExportService csvExporter() {
        return csvExporter;
    }

    @Override
    public void close() {
        if (!lent) {
            store.close();
        }
    }

    /**
     * Closes as {@link #close} does, and when this session made its data folder and nothing was stored in it,
     * removes the folder again: a command refused for bad input (an import of a file that is not one) leaves no
     * empty data folder behind.
     */
    public void closeRemovingANewEmptyFolder() {
        if (lent) {
            return;
        }
        boolean empty;
        try {
            empty = store.documentCount() == 0;
        } catch (RuntimeException e) {
            empty = false;
        }
        store.close();
        if (empty) {
            folder.removeIfNew();
        }
    }
}
