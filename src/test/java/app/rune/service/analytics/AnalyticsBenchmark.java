package app.rune.service.analytics;

import java.util.Optional;
import java.math.BigDecimal;
import app.rune.model.UserGoals;
import app.rune.model.TaskTarget;
import app.rune.model.TaskSchedule;
import app.rune.model.TargetKind;
import app.rune.model.LongTermGoal;
import app.rune.model.GoalStatus;
import app.rune.model.DailyTask;
import app.rune.LogFile;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.TaskEntry;
import app.rune.model.json.RuneJson;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ten years of daily use (3,650 days of 3 tasks, one every day, one three times a week, one measured): a full
 * recompute from documents in memory, the incremental
 * update after one tick, and reading the history from the Nitrite file with and without recomputing.
 * Run with the command in src/test/bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyticsBenchmark {
    static final int DAYS = 3650;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
    static final LocalDate LAST = FIRST.plusDays(DAYS - 1L);
    static final Instant NOW = LAST.atTime(21, 0).atZone(ZONE).toInstant();
    static final Instant FIRST_MORNING = FIRST.atTime(7, 0).atZone(ZONE).toInstant();

    /**
     * The plan the streaks are judged by: task_1 every day, task_2 three times a week, task_3 at least 20 pages a
     * day, all from the first day.
     */
    static final DuePlan PLAN = DuePlan.of(Optional.of(new UserGoals("ana", new LongTermGoal("Spanish", null, null,
            GoalStatus.ACTIVE, FIRST_MORNING, FIRST_MORNING), List.of(
                    new DailyTask("task_1", "Duolingo practice", null, null, 20, 1, FIRST_MORNING),
                    new DailyTask("task_2", "Vocabulary flashcards", null, null, 15, 2, FIRST_MORNING,
                            TaskSchedule.timesAWeek(3), null, null),
                    new DailyTask("task_3", "Podcast", null, null, 20, 3, FIRST_MORNING, null,
                            new TaskTarget(BigDecimal.valueOf(20), "pages", TargetKind.AT_LEAST), null)),
            List.of(), List.of())), ZONE);

    private List<DailyProgress> documents;
    private History history;
    private DailyProgress tickedToday;
    private Path folder;
    private Store store;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        LogFile.silenceConsole();
        documents = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            documents.add(day(i, false));
        }
        history = History.of(documents, ZONE);
        tickedToday = day(DAYS - 1, true);
        folder = Files.createTempDirectory("rune-analytics-bench");
        store = Store.open(DataFolder.open(folder.resolve("data")), RuneJson.newMapper());
        store.upsertAll(new DataSet(null, documents, null, null, null));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Target: under 20 ms (20,000 µs). */
    @Benchmark
    public Object fullRecomputeFromDocumentsInMemory() {
        return AnalyticsCalculator.compute("ana", History.of(documents, ZONE), PLAN, LAST, NOW);
    }

    /** Target: under 1 ms (1,000 µs). */
    @Benchmark
    public Object incrementalUpdateAfterOneTick() {
        history.put(tickedToday);
        return AnalyticsCalculator.compute("ana", history, PLAN, LAST, NOW);
    }

    /** The baseline for the next one: reading the documents from the file, nothing else. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object readHistoryFromFile() {
        return store.dailyProgress().findByUser("ana");
    }

    /** Target: within 3 times {@link #readHistoryFromFile()}. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object readHistoryFromFileAndRecompute() {
        return AnalyticsCalculator.compute("ana", History.of(store.dailyProgress().findByUser("ana"), ZONE),
                PLAN, LAST, NOW);
    }

    private static DailyProgress day(int i, boolean extraTick) {
        LocalDate date = FIRST.plusDays(i);
        Instant morning = date.atTime(7, 30).atZone(ZONE).toInstant();
        return new DailyProgress(String.format("%024x", i), "ana", date, List.of(
                new TaskEntry("task_1", "Duolingo practice", true, morning, null, 1 + i % 5, 4, null, List.of()),
                new TaskEntry("task_2", "Vocabulary flashcards", i % 3 != 0 || extraTick,
                        i % 3 != 0 || extraTick ? morning.plusSeconds(3600) : null, null, null, null,
                        i % 3 == 0 && !extraTick ? "ran_out_of_time" : null,
                        i % 3 == 0 && !extraTick ? List.of("work_overtime") : List.of()),
                new TaskEntry("task_3", "Podcast", i % 2 == 0, i % 2 == 0 ? morning.plusSeconds(43200) : null, null,
                        null, null, null, List.of())),
                4, "motivated", null, null, i % 30 == 0 ? Boolean.TRUE : null);
    }
}
