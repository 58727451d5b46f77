package app.rune.bench;

import app.rune.LogFile;
import app.rune.RuneSession;
import app.rune.model.CommunicationStyle;
import app.rune.model.DailyTask;
import app.rune.model.TargetKind;
import app.rune.model.TaskTarget;
import app.rune.model.TaskSchedule;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.model.validation.Problem;
import app.rune.service.goal.GoalReview;
import app.rune.service.goal.GoalState;
import app.rune.service.goal.TaskDraft;
import app.rune.service.today.CheckInService;
import app.rune.service.today.DayPlan;
import app.rune.support.MovingClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Ten years of one person's daily use, written through the real services the way the app writes them: the
 * person keeps three goals side by side, approves the coach's three daily tasks for each, then every day ticks most
 * of the nine off
 * (some with notes and ratings), sometimes skips one with a reason and obstacles (and dismisses the coach when it
 * asks about an obstacle that keeps coming back), and checks in in the evening. Each write goes through
 * {@link CheckInService} with the clock set to that moment of that day, and is committed and flushed before
 * the next, exactly as in the app. Seeded, so the same seed gives the same history.
 *
 * <p>Run: {@code java -cp CLASSPATH app.rune.bench.TenYearData DATA_FOLDER [DAYS] [SEED]}. The days end
 * yesterday in {@link #ZONE}, so the app opened today shows the day after the history. Prints its progress,
 * then {@code key=value} lines for the benchmark script: the counts, the time taken, and the data file's size
 * before closing (not compacted) and after (compacted on close).
 */
public final class TenYearData {
    public static final String USER = "ana";
    /** The person's time zone: their days, and "yesterday", are counted there. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final int DAYS = 3650;
    public static final long SEED = 20_160_101L;
    /** The goals, each a wish and the wording the person keeps, the first in focus. */
    static final String[][] GOALS = {
        {"I want to learn Spanish", "Hold a 10-minute conversation in Spanish"},
        {"I want to run a half marathon", "Run a half marathon"},
        {"I want to read more books", "Read 24 books"}};
    static final int TASKS_PER_GOAL = 3;

    private static final double[] DONE_CHANCE = {0.9, 0.45, 0.75};
    /** Each goal's third task is measured: at least 20 pages. */
    private static final int MEASURED = 2;
    private static final TaskTarget TARGET = new TaskTarget(BigDecimal.valueOf(20), "pages", TargetKind.AT_LEAST);
    private static final String[] REASONS = {"ran_out_of_time", "too_tired", "forgot", "not_feeling_well"};
    private static final String[] OBSTACLES = {"work_overtime", "tired", "time_management", "motivation", "sick",
        "travel", "family"};
    private static final String[] NOTES = {"Did 2 lessons", "Hard today, but done.", "Only half, still counts",
        "Rain \u2614 so I did it indoors", "On the train \u2014 no signal, did it offline", "\ud83d\udcaa streak!",
        "Learned the subjunctive at last", "Quick one before work"};
    private static final String[] MOODS = {"motivated", "calm", "proud", "tired", "stressed"};

    private TenYearData() {
    }

    /** What one generation wrote; writes are service calls, each one the person's action, each durable. */
    public record Summary(LocalDate firstDay, LocalDate lastDay, int days, long ticks, long unticks, long describes,
            long skips, long alertsDismissed, long checkIns, Duration elapsed, long fileBytesOpen,
            long fileBytesCompacted, long fileBytesLargest, double largestOverJson) {

        public long writes() {
            return ticks + unticks + describes + skips + alertsDismissed + checkIns;
        }
    }

    public static void main(String[] args) throws IOException {
        LogFile.silenceConsole();
        if (args.length < 1) {
            System.err.println("usage: TenYearData DATA_FOLDER [DAYS] [SEED]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int days = args.length > 1 ? Integer.parseInt(args[1]) : DAYS;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        Summary s = generate(folder, yesterday, days, seed, line -> {
            System.out.println(line);
            System.out.flush();
        });
        System.out.printf(Locale.ROOT, "days=%d%nfirst_day=%s%nlast_day=%s%nwrites=%d%nticks=%d%nunticks=%d%n"
                + "describes=%d%nskips=%d%nalerts_dismissed=%d%ncheck_ins=%d%ngeneration_s=%.1f%n"
                + "ms_per_write=%.2f%ndb_bytes_open=%d%ndb_bytes_compacted=%d%ndb_bytes_largest=%d%n"
                + "db_largest_over_json=%.2f%n",
                s.days(), s.firstDay(), s.lastDay(), s.writes(), s.ticks(), s.unticks(), s.describes(), s.skips(),
                s.alertsDismissed(), s.checkIns(), s.elapsed().toMillis() / 1000.0,
                s.elapsed().toNanos() / 1e6 / Math.max(1, s.writes()), s.fileBytesOpen(), s.fileBytesCompacted(),
                s.fileBytesLargest(), s.largestOverJson());
    }

    /**
     * Writes {@code days} days ending on {@code lastDay} into a new data folder at {@code folder}, reporting its
     * progress once a year to {@code progress}.
     */
    public static Summary generate(Path folder, LocalDate lastDay, int days, long seed, Consumer<String> progress)
            throws IOException {
        if (Files.exists(folder.resolve("rune.db"))) {
            throw new IllegalArgumentException(folder + " already holds a data file; generate into a new folder");
        }
        LocalDate first = lastDay.minusDays(days - 1L);
        Random random = new Random(seed);
        MovingClock clock = new MovingClock(at(first.minusDays(1), LocalTime.of(19, 0)));
        Counts counts = new Counts();
        long start = System.nanoTime();
        long fileOpen;
        RuneSession session = RuneSession.open(folder, clock);
        Path file = folder.resolve("rune.db");
        FileGrowth growth = new FileGrowth();
        try {
            List<String> tasks = approveGoal(session, first);
            CheckInService checkIns = session.checkIns();
            for (int i = 0; i < days; i++) {
                writeDay(checkIns, clock, first.plusDays(i), tasks, random, counts);
                growth.sawFile(Files.size(file));
                if ((i + 1) % FileGrowth.PERIOD_DAYS == 0 || i + 1 == days) {
                    growth.periodEnded(jsonBytes(session), i + 1 > FileGrowth.SETTLING_DAYS);
                }
                if ((i + 1) % 365 == 0 || i + 1 == days) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    progress.accept(String.format(Locale.ROOT, "  %,d of %,d days written (%s), %,d writes, %.0f s, "
                            + "%.2f ms a write", i + 1, days, first.plusDays(i), counts.writes(), seconds,
                            seconds * 1000 / Math.max(1, counts.writes())));
                }
            }
            fileOpen = Files.size(session.store().folder().databaseFile());
        } finally {
            session.close();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long fileCompacted = Files.size(folder.resolve("rune.db"));
        return new Summary(first, lastDay, days, counts.ticks, counts.unticks, counts.describes, counts.skips,
                counts.alertsDismissed, counts.checkIns, elapsed, fileOpen, fileCompacted, growth.largest,
                growth.largestOverJson);
    }

    /** The size of everything stored, written as {@code rune export} writes it. */
    private static long jsonBytes(RuneSession session) throws IOException {
        CountingOutputStream out = new CountingOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            session.exporter().writeTo(writer);
        }
        return out.count;
    }

    /**
     * How large the data file grew between compactions, against the data it held. The largest file of each month
     * (30 days) is held against the JSON export at the start of that month, which is never more than at the moment
     * of the peak: the ratio can only be overstated. The first year is left out: its JSON starts from nothing, and
     * a file of a few days' data is mostly the database's own fixed structure.
     */
    private static final class FileGrowth {
        static final int PERIOD_DAYS = 30;
        static final int SETTLING_DAYS = 365;
        long largest;
        long largestThisPeriod;
        long jsonAtPeriodStart;
        double largestOverJson;

        void sawFile(long bytes) {
            largest = Math.max(largest, bytes);
            largestThisPeriod = Math.max(largestThisPeriod, bytes);
        }

        /** @param counts whether this period is past the first year, so its ratio counts */
        void periodEnded(long jsonBytes, boolean counts) {
            if (counts && jsonAtPeriodStart > 0) {
                largestOverJson = Math.max(largestOverJson, (double) largestThisPeriod / jsonAtPeriodStart);
            }
            jsonAtPeriodStart = jsonBytes;
            largestThisPeriod = 0;
        }
    }

    private static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /**
     * What a new person does on the first evening, as the app's first run and Goal screen do it: the user is
     * created, sets their time zone in Settings, and for each of the three goals has the coach review a wish,
     * accepts its wording and approves three of the tasks it proposes. Returns the approved task ids as Today
     * lists them: goal by goal, most important first.
     */
    static List<String> approveGoal(RuneSession session, LocalDate firstDay) {
        session.users().ensureUser(USER);
        UserPreferences prefs = session.settings().load(USER);
        CommunicationStyle style = prefs.communicationStyle();
        List<Problem> problems = session.settings().save(new UserPreferences(USER,
                new CommunicationStyle(style.formality(), style.motivationType(), style.culturalContext(),
                        style.preferredCheckInTime(), new UserTimeZone(ZONE.getId())),
                prefs.reminderSettings(), prefs.goalPatterns()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("preferences refused: " + problems);
        }
        for (String[] goal : GOALS) {
            GoalReview review = session.goals().review(USER, goal[0], null);
            // A goal meant to last: the person drops the coach's date from the wording and picks one after the
            // ten years, so the goal is still open today.
            GoalState proposed = session.goals().acceptRefinement(USER, null, review, goal[1],
                    review.proposedDescription(), firstDay.plusYears(11));
            // A mix of plans: the first task every day, the second three times a week, the third measured (at
            // least 20 pages a day).
            List<TaskDraft> drafts = new ArrayList<>();
            for (DailyTask task : proposed.goal().orElseThrow().goal().dailyTasks()) {
                if (drafts.size() < TASKS_PER_GOAL) {
                    drafts.add(new TaskDraft(task.id(), task.title(), task.description(), task.successCriteria(),
                            task.estimatedTime(), drafts.size() == 1 ? TaskSchedule.timesAWeek(3) : null,
                            drafts.size() == 2 ? TARGET : null));
                }
            }
            session.goals().saveTasks(USER, proposed.goalId(), drafts);
        }
        List<String> ids = session.goals().approvedTasks(USER).stream().map(DailyTask::id).toList();
        if (ids.size() != GOALS.length * TASKS_PER_GOAL) {
            throw new IllegalStateException("expected " + GOALS.length * TASKS_PER_GOAL + " approved tasks, got " + ids);
        }
        return ids;
    }

    /** One day's writes, each at its own moment of the day, in the order of those moments. */
    static void writeDay(CheckInService checkIns, MovingClock clock, LocalDate date, List<String> tasks,
            Random random, Counts counts) {
        List<Event> events = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            String task = tasks.get(t);
            boolean measured = t % TASKS_PER_GOAL == MEASURED;
            if (random.nextDouble() < DONE_CHANCE[t % TASKS_PER_GOAL]) {
                LocalTime at = LocalTime.of(7, 0).plusMinutes(random.nextInt(13 * 60));
                BigDecimal pages = BigDecimal.valueOf(20 + random.nextInt(11));
                events.add(new Event(at, () -> {
                    if (measured) {
                        checkIns.setAmount(USER, date, task, pages);
                    } else {
                        checkIns.setCompleted(USER, date, task, true);
                    }
                    counts.ticks++;
                }));
                if (random.nextDouble() < 0.04) {
                    // Ticked the wrong one by mistake: taken back at once, and ticked again later.
                    events.add(new Event(at.plusMinutes(1), () -> {
                        checkIns.setCompleted(USER, date, task, false);
                        counts.unticks++;
                    }));
                    events.add(new Event(at.plusMinutes(30), () -> {
                        checkIns.setCompleted(USER, date, task, true);
                        counts.ticks++;
                    }));
                }
                if (random.nextDouble() < 0.6) {
                    String notes = random.nextBoolean() ? NOTES[random.nextInt(NOTES.length)] : null;
                    Integer difficulty = 1 + random.nextInt(5);
                    Integer satisfaction = random.nextDouble() < 0.8 ? 1 + random.nextInt(5) : null;
                    events.add(new Event(at.plusMinutes(2 + random.nextInt(5)), () -> {
                        checkIns.describe(USER, date, task, notes, difficulty, satisfaction);
                        counts.describes++;
                    }));
                }
            } else if (random.nextDouble() < 0.8) {
                if (measured && random.nextBoolean()) {
                    // Some pages, short of the target, before the reason why.
                    BigDecimal some = BigDecimal.valueOf(1 + random.nextInt(19));
                    events.add(new Event(LocalTime.of(19, 0).plusMinutes(random.nextInt(60)), () -> {
                        checkIns.setAmount(USER, date, task, some);
                        counts.partials++;
                    }));
                }
                String reason = REASONS[random.nextInt(REASONS.length)];
                List<String> obstacles = new ArrayList<>();
                obstacles.add(OBSTACLES[random.nextInt(OBSTACLES.length)]);
                if (random.nextDouble() < 0.3) {
                    obstacles.add(OBSTACLES[random.nextInt(OBSTACLES.length)]);
                }
                String notes = random.nextDouble() < 0.3 ? "Long day at work" : null;
                events.add(new Event(LocalTime.of(20, 0).plusMinutes(random.nextInt(60)), () -> {
                    DayPlan plan = checkIns.skip(USER, date, task, reason, obstacles, notes).day();
                    counts.skips++;
                    if (plan.obstacleAlert().isPresent()) {
                        // The coach asks what to change; this person keeps the task as it is.
                        checkIns.dismissObstacle(USER);
                        counts.alertsDismissed++;
                    }
                }));
            }
        }
        if (random.nextDouble() < 0.95) {
            int rating = 1 + random.nextInt(5);
            String mood = MOODS[random.nextInt(MOODS.length)];
            boolean rest = random.nextDouble() < 0.03;
            events.add(new Event(LocalTime.of(21, 0).plusMinutes(random.nextInt(120)), () -> {
                checkIns.checkIn(USER, date, rating, mood, rest);
                counts.checkIns++;
            }));
        }
        events.sort(Comparator.comparing(Event::at));
        for (Event event : events) {
            clock.now = at(date, event.at());
            event.write().run();
        }
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }

    private record Event(LocalTime at, Runnable write) {
    }

    static final class Counts {
        long ticks;
        long unticks;
        long describes;
        long skips;
        long alertsDismissed;
        long checkIns;
        /** Amounts short of the target: written, but not done. */
        long partials;

        long writes() {
            return ticks + unticks + describes + skips + alertsDismissed + checkIns + partials;
        }
    }
}
