package app.rune.bench;

import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.TaskEntry;
import app.rune.model.json.RuneJson;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints what ten years of daily use cost: file size, time to open, to read the last two weeks (what Today
 * shows), to save one day, and to export everything. Run it with:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=app.rune.bench.StoreBenchmark -Dexec.classpathScope=test}
 *
 * <p>Numbers, not assertions: timings on shared machines are noisy, so they belong here, not in unit tests.
 */
public final class StoreBenchmark {
    private static final int DAYS = 3650;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        app.rune.LogFile.silenceConsole();
        Path folder = Files.createTempDirectory("rune-bench");
        try {
            run(folder.resolve("data"));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path data) throws Exception {
        LocalDate first = LocalDate.of(2016, 1, 1);
        List<DailyProgress> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            days.add(day(i, first.plusDays(i)));
        }
        long t0 = System.nanoTime();
        try (Store store = Store.open(DataFolder.open(data), RuneJson.newMapper())) {
            store.upsertAll(new DataSet(null, days, null, null, null));
        }
        report("import of " + DAYS + " days (one atomic swap)", t0);
        System.out.printf("file size after import and compaction: %.1f MB%n", Files.size(data.resolve("rune.db")) / 1e6);

        t0 = System.nanoTime();
        Store store = Store.open(DataFolder.open(data), RuneJson.newMapper());
        report("open", t0);
        LocalDate last = first.plusDays(DAYS - 1);
        for (int run = 1; run <= 3; run++) {
            t0 = System.nanoTime();
            int found = store.dailyProgress().findByUserBetween("ana", last.minusDays(13), last).size();
            report("read the last 14 days (run " + run + ", " + found + " documents)", t0);
        }
        t0 = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            store.dailyProgress().save(day(DAYS - 1, last));
        }
        System.out.printf("save one day (committed and flushed): %.2f ms each%n", (System.nanoTime() - t0) / 1e6 / 100);
        t0 = System.nanoTime();
        int exported = store.readAll().size();
        report("read everything for export (" + exported + " documents)", t0);
        long beforeClose = Files.size(data.resolve("rune.db"));
        t0 = System.nanoTime();
        store.close();
        report("close with compaction", t0);
        System.out.printf("file size: %.1f MB before close, %.1f MB after%n", beforeClose / 1e6,
                Files.size(data.resolve("rune.db")) / 1e6);
    }

    private static DailyProgress day(int i, LocalDate date) {
        Instant evening = date.atTime(20, 0).toInstant(ZoneOffset.UTC);
        return new DailyProgress(String.format("%024x", i), "ana", date, List.of(
                new TaskEntry("task_1", "Duolingo practice", true, evening.minusSeconds(36000), "Did 2 lessons", 3, 4,
                        null, List.of()),
                new TaskEntry("task_2", "Vocabulary flashcards", i % 3 != 0, null, null, 2, 3,
                        i % 3 == 0 ? "ran_out_of_time" : null, i % 3 == 0 ? List.of("work_overtime", "tired") : List.of()),
                new TaskEntry("task_3", "Listen to a podcast", i % 2 == 0, null, null, null, null, null, List.of())),
                4, "motivated", evening, evening, null);
    }

    private static void report(String what, long startNanos) {
        System.out.printf("%s: %.0f ms%n", what, (System.nanoTime() - startNanos) / 1e6);
    }
}
