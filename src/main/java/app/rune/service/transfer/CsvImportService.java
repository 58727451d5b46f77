package app.rune.service.transfer;

import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.UserGoals;
import app.rune.model.validation.Problems;
import app.rune.service.today.ProgressIds;
import app.rune.service.user.UserChoiceException;
import app.rune.service.user.UserDirectory;
import app.rune.service.user.UserZone;
import app.rune.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Brings a progress CSV file ({@link CsvExportService}'s, edited in a spreadsheet, say) back in: each person's
 * day in the file replaces that stored day as a whole, its entries, rating, mood, rest day and notes; days not in
 * the file stay as they are. The whole file is read and checked first and every problem named by line and column;
 * then all its days are stored in one import, backed up before and after ({@link ImportService}), or none.
 *
 * <p>Exporting, importing that file and exporting again gives the same file, byte for byte.
 */
public final class CsvImportService {
    private final Store store;
    private final Clock clock;
    private final ImportService importer;
    private final UserDirectory users;
    private final ProgressIds progressIds;
    private final ProgressCsvReader reader = new ProgressCsvReader();
    private final ProgressCsvDay days = new ProgressCsvDay();

    public CsvImportService(Store store, Clock clock, ImportService importer, UserDirectory users) {
        this.store = store;
        this.clock = clock;
        this.importer = importer;
        this.users = users;
        this.progressIds = new ProgressIds(clock);
    }

    /**
     * Imports {@code file}: the days of {@code userId} only (every line must be theirs), or, when it is null, of
     * each person the file names (each must be in the data folder already).
     *
     * @throws UserChoiceException when {@code userId} is not in the data folder; nothing was read
     * @throws InvalidImportException when anything in the file cannot be imported; nothing was stored
     */
    public CsvImportSummary importFile(Path file, String userId) throws InvalidImportException, IOException,
            UserChoiceException {
        if (userId != null) {
            users.choose(userId);
        }
        String source = file.toString();
        List<ProgressCsvLine> lines = reader.read(source, ImportReader.readFile(file));
        CsvProblems problems = new CsvProblems();
        Map<String, Map<LocalDate, List<ProgressCsvLine>>> byUserAndDay = byUserAndDay(lines, userId, problems);
        List<DailyProgress> incoming = new ArrayList<>();
        int added = 0;
        int unchanged = 0;
        ProgressCsvDay.NewDay newDay = new ProgressCsvDay.NewDay(progressIds::next,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        for (Map.Entry<String, Map<LocalDate, List<ProgressCsvLine>>> person : byUserAndDay.entrySet()) {
            ProgressCsvDay.Person who = person(person.getKey());
            Map<LocalDate, DailyProgress> storedDays = storedDays(who.userId(), person.getValue().keySet());
            for (Map.Entry<LocalDate, List<ProgressCsvLine>> day : person.getValue().entrySet()) {
                Optional<DailyProgress> stored = Optional.ofNullable(storedDays.get(day.getKey()));
                DailyProgress built = days.day(day.getKey(), day.getValue(), who, stored, newDay, problems);
                if (stored.isPresent() && stored.get().equals(built)) {
                    // Brought back unedited: nothing to write, and not "replaced" in what the person is told.
                    unchanged++;
                } else {
                    incoming.add(built);
                    added += stored.isEmpty() ? 1 : 0;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw problems.refusal(source);
        }
        if (!incoming.isEmpty()) {
            importer.importDocuments(source, new DataSet(null, incoming, null, null, null));
        }
        return new CsvImportSummary(new ArrayList<>(new TreeSet<>(byUserAndDay.keySet())),
                incoming.size() + unchanged, lines.size(), added, incoming.size() - added, unchanged);
    }

    /** The person's stored days in the span of {@code dates}, read at once: one read a day took most of the time. */
    private Map<LocalDate, DailyProgress> storedDays(String userId, Set<LocalDate> dates) {
        Map<LocalDate, DailyProgress> stored = new HashMap<>();
        if (!dates.isEmpty()) {
            LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
            store.dailyProgress().findByUserBetween(userId, first, last).forEach(d -> stored.put(d.date(), d));
        }
        return stored;
    }

    /**
     * The lines by person and day, in the file's order; a line whose person or date cannot be imported adds its
     * problem instead.
     */
    private Map<String, Map<LocalDate, List<ProgressCsvLine>>> byUserAndDay(List<ProgressCsvLine> lines,
            String userId, CsvProblems problems) {
        SortedSet<String> known = store.userIds();
        Map<String, Map<LocalDate, List<ProgressCsvLine>>> byUser = new LinkedHashMap<>();
        Map<String, Integer> unknownFirstSeen = new HashMap<>();
        Map<String, LocalDate> todays = new HashMap<>();
        for (ProgressCsvLine line : lines) {
            String user = line.text("user_id");
            Optional<LocalDate> date = line.date("date", problems);
            if (user.isEmpty()) {
                line.problem(problems, "user_id", "is empty; each line names the user whose day it is");
            } else if (userId != null && !user.equals(userId)) {
                line.problem(problems, "user_id", Problems.quote(user) + " is not " + Problems.quote(userId)
                        + "; with --user " + Problems.printable(userId) + " every line must be theirs");
            } else if (!known.contains(user)) {
                // Said once, at the first line: every later line of theirs has the same problem.
                if (unknownFirstSeen.putIfAbsent(user, line.number()) == null) {
                    line.problem(problems, "user_id", "there is no user " + Problems.quote(user) + " in "
                            + store.folder() + (known.isEmpty() ? " (it holds no users yet)" : "; its users are "
                            + known.stream().map(Problems::printable).collect(Collectors.joining(", "))));
                }
            } else if (date.isPresent() && date.get().isAfter(today(user, todays))) {
                line.problem(problems, "date", date.get() + " is in the future; only today and earlier days can be"
                        + " filled in (today is " + today(user, todays) + ")");
            } else if (date.isPresent()) {
                byUser.computeIfAbsent(user, u -> new LinkedHashMap<>())
                        .computeIfAbsent(date.get(), d -> new ArrayList<>()).add(line);
            }
        }
        return byUser;
    }

    /** The person's today, in their own zone, as for a check-in typed in. */
    private LocalDate today(String userId, Map<String, LocalDate> todays) {
        return todays.computeIfAbsent(userId, u -> UserZone.today(store.userPreferences().findById(u), clock));
    }

    private ProgressCsvDay.Person person(String userId) {
        Optional<UserGoals> goals = store.userGoals().findById(userId);
        return new ProgressCsvDay.Person(userId, ImportChecks.tasksOf(goals),
                UserZone.of(store.userPreferences().findById(userId), clock));
    }
}
