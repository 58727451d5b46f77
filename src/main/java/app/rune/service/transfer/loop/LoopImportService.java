package app.rune.service.transfer.loop;

import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.GoalPatterns;
import app.rune.model.PlacedGoal;
import app.rune.model.DataSet;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.validation.StoredText;
import app.rune.service.goal.BusiestDay;
import app.rune.service.today.ProgressIds;
import app.rune.service.transfer.ImportService;
import app.rune.service.transfer.InvalidImportException;
import app.rune.service.user.NewUserDefaults;
import app.rune.service.user.UserChoiceException;
import app.rune.service.user.UserDirectory;
import app.rune.service.user.UserZone;
import app.rune.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings a person's history in from Loop Habit Tracker (a backup or a CSV export): the whole file is read and
 * checked first, then everything it makes is stored in one import (backed up before and after), or nothing.
 * {@link #prepare} reads and shows what would come in; {@link #store} stores it, made again from what is stored
 * then, so a day changed in between keeps its change.
 */
public final class LoopImportService {
    private final Store store;
    private final Clock clock;
    private final ImportService importer;
    private final UserDirectory users;
    private final ProgressIds progressIds;

    public LoopImportService(Store store, Clock clock, ImportService importer, UserDirectory users) {
        this.store = store;
        this.clock = clock;
        this.importer = importer;
        this.users = users;
        this.progressIds = new ProgressIds(clock);
    }

    /** A file read and checked, and what it would bring to whom. */
    public record Prepared(Path file, String userId, LoopImportSummary summary, LoopHistory history) {
    }

    /**
     * Reads and checks {@code file} and works out what it brings to {@code requestedUser} (or the only person,
     * or, in an empty data folder, the person Rune makes on first run from {@code loginName}); stores nothing.
     *
     * @throws InvalidImportException when the file cannot be imported: not one of Loop's, or a value Loop would not
     *     write, named with the habit and the day or line
     * @throws UserChoiceException when no person was asked for and the data folder has several
     */
    public Prepared prepare(Path file, String requestedUser, String loginName) throws InvalidImportException,
            IOException, UserChoiceException {
        String userId = user(requestedUser, loginName);
        LoopHistory history = LoopFiles.read(file);
        LoopImportSummary summary = convert(history, userId, file.toString()).result().summary();
        return new Prepared(file, userId, summary, history);
    }

    /** Stores what {@code prepared} brings, as one import; returns what was stored. */
    public LoopImportSummary store(Prepared prepared) throws InvalidImportException {
        return write(prepared.file(), prepared.userId(),
                convert(prepared.history(), prepared.userId(), prepared.file().toString()));
    }

    /**
     * Reads, checks and stores {@code file} at once, as the command line does (nothing can change in between,
     * so it is converted once).
     */
    public LoopImportSummary importFile(Path file, String requestedUser, String loginName)
            throws InvalidImportException, IOException, UserChoiceException {
        String userId = user(requestedUser, loginName);
        return write(file, userId, convert(LoopFiles.read(file), userId, file.toString()));
    }

    private LoopImportSummary write(Path file, String userId, Converted converted) throws InvalidImportException {
        LoopConversion.Result result = converted.result();
        List<UserPreferences> preferences = converted.newUser()
                ? List.of(NewUserDefaults.preferences(userId, converted.zone())) : List.of();
        DataSet documents = new DataSet(List.of(result.goals()), result.days(), preferences, List.of(),
                converted.newUser() ? List.of(NewUserDefaults.conversation(userId, converted.now())) : List.of());
        importer.importDocuments(file.toString(), documents);
        return result.summary();
    }

    private record Converted(LoopConversion.Result result, boolean newUser, ZoneId zone, Instant now) {
    }

    private Converted convert(LoopHistory history, String userId, String source) throws InvalidImportException {
        Optional<UserPreferences> preferences = store.userPreferences().findById(userId);
        Optional<UserGoals> goals = store.userGoals().findById(userId);
        boolean newUser = !store.userIds().contains(userId);
        ZoneId zone = UserZone.of(preferences, clock);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // The person's days in the file's span, read at once: one by one took most of an import's time.
        Map<LocalDate, DailyProgress> stored = new HashMap<>();
        history.marks().stream().map(LoopMark::day).min(LocalDate::compareTo).ifPresent(first -> {
            LocalDate last = history.marks().stream().map(LoopMark::day).max(LocalDate::compareTo).orElse(first);
            store.dailyProgress().findByUserBetween(userId, first, last).forEach(d -> stored.put(d.date(), d));
        });
        LoopConversion.Person person = new LoopConversion.Person(userId, newUser, goals,
                day -> Optional.ofNullable(stored.get(day)), zone, now, progressIds::next);
        LoopConversion.Result result = LoopConversion.convert(history, person, source);
        LoopImportSummary summary = result.summary().withOverLimit(overLimit(result.goals(), preferences));
        return new Converted(new LoopConversion.Result(result.goals(), result.days(), summary), newUser, zone, now);
    }

    /**
     * The busiest weekday of the person's active goals with the habits brought in, when past {@code max_daily_tasks}:
     * ten daily habits make ten tasks a day, and the person should hear it before Today shows them all.
     */
    private static LoopImportSummary.DayLoad overLimit(UserGoals goals, Optional<UserPreferences> preferences) {
        int limit = preferences.map(UserPreferences::goalPatterns).map(GoalPatterns::maxDailyTasks)
                .orElse(NewUserDefaults.MAX_DAILY_TASKS);
        BusiestDay busiest = BusiestDay.of(goals.currentGoals().stream().filter(PlacedGoal::isActive)
                .flatMap(g -> g.goal().dailyTasks().stream()).map(DailyTask::schedule).toList());
        return busiest.tasks() > limit ? new LoopImportSummary.DayLoad(busiest.day(), busiest.tasks(), limit) : null;
    }

    private String user(String requested, String loginName) throws UserChoiceException {
        if (requested != null) {
            if (requested.codePoints().anyMatch(Character::isISOControl)) {
                // As the id Rune makes on first run: no one could type it again after --user.
                throw new UserChoiceException("The user id \"" + LoopText.printable(requested) + "\" holds control"
                        + " characters; choose one without.");
            }
            Optional<String> problem = StoredText.nameProblem(requested);
            if (problem.isPresent()) {
                throw new UserChoiceException("The user id \"" + LoopText.printable(requested) + "\" " + problem.get()
                        + ".");
            }
            return requested;
        }
        if (users.userIds().isEmpty()) {
            return UserDirectory.idFromLoginName(loginName);
        }
        return users.choose(null);
    }
}
