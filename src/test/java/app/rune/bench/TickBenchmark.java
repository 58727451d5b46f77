package app.rune.bench;

import app.rune.LogFile;
import app.rune.RuneSession;
import app.rune.model.DailyTask;
import app.rune.service.today.CheckInService;
import app.rune.service.today.DayPlan;
import app.rune.service.today.TaskDay;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * How long one tick takes until it is durable, on a data folder with years of history (see {@link TenYearData}):
 * ticks a task done or takes the tick back, on today (mostly) or one of the six days before, through
 * {@link CheckInService#setCompleted} as the Today screen does, and times each call until it returns, which it
 * does only once the change is committed and flushed to the disk. The first ticks warm the JVM up and are not
 * counted. At the end the folder is opened again and every tick's last state checked, so what was timed was
 * really kept. For scale, it also times a bare 4 KiB write and flush on the same disk.
 *
 * <p>Run: {@code java -cp CLASSPATH app.rune.bench.TickBenchmark DATA_FOLDER [TICKS] [WARM_UP]} on a copy of
 * the folder (the ticks change it). Prints {@code key=value} lines, times in milliseconds.
 */
public final class TickBenchmark {
    static final int DAYS_BACK = 6;

    private TickBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        LogFile.silenceConsole();
        if (args.length < 1) {
            System.err.println("usage: TickBenchmark DATA_FOLDER [TICKS] [WARM_UP]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int ticks = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        double[] millis = run(folder, TenYearData.USER, ticks, warmUp, new Random(42));
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "ticks=%d%nwarm_up_ticks=%d%ntick_median_ms=%.2f%ntick_p99_ms=%.2f%n"
                + "tick_mean_ms=%.2f%ntick_max_ms=%.2f%n", ticks, warmUp, median(sorted), percentile(sorted, 99),
                Arrays.stream(sorted).average().orElse(0), sorted[sorted.length - 1]);
        double[] flushes = bareFlushes(folder, 200);
        Arrays.sort(flushes);
        System.out.printf(Locale.ROOT, "disk_flush_median_ms=%.2f%ndisk_flush_p99_ms=%.2f%n", median(flushes),
                percentile(flushes, 99));
    }

    /** The times of {@code ticks} ticks after {@code warmUp} uncounted ones, in milliseconds, in order. */
    static double[] run(Path folder, String user, int ticks, int warmUp, Random random) throws IOException {
        Map<String, Boolean> expected = new HashMap<>();
        double[] millis = new double[ticks];
        try (RuneSession session = RuneSession.open(folder, Clock.systemUTC())) {
            CheckInService checkIns = session.checkIns();
            List<String> tasks = session.goals().approvedTasks(user).stream().map(DailyTask::id).toList();
            if (tasks.isEmpty()) {
                throw new IllegalStateException(user + " has no approved tasks in " + folder);
            }
            LocalDate today = checkIns.today(user);
            for (int i = 0; i < warmUp + ticks; i++) {
                // Mostly today, as a person ticks; sometimes a day they forgot to fill in.
                LocalDate date = random.nextDouble() < 0.6 ? today : today.minusDays(1 + random.nextInt(DAYS_BACK));
                String task = tasks.get(random.nextInt(tasks.size()));
                String key = date + " " + task;
                boolean done = !expected.computeIfAbsent(key, k -> completed(checkIns.day(user, date), task));
                long start = System.nanoTime();
                DayPlan after = checkIns.setCompleted(user, date, task, done).day();
                long took = System.nanoTime() - start;
                if (completed(after, task) != done) {
                    throw new IllegalStateException("the tick of " + key + " did not show as " + done);
                }
                expected.put(key, done);
                if (i >= warmUp) {
                    millis[i - warmUp] = took / 1e6;
                }
            }
        }
        try (RuneSession again = RuneSession.open(folder, Clock.systemUTC())) {
            CheckInService checkIns = again.checkIns();
            for (Map.Entry<String, Boolean> e : expected.entrySet()) {
                String[] parts = e.getKey().split(" ");
                if (completed(checkIns.day(user, LocalDate.parse(parts[0])), parts[1]) != e.getValue()) {
                    throw new IllegalStateException("after reopening, " + e.getKey() + " is not " + e.getValue());
                }
            }
        }
        return millis;
    }

    private static boolean completed(DayPlan day, String task) {
        return day.tasks().stream().filter(t -> t.taskId().equals(task)).anyMatch(TaskDay::completed);
    }

    /** A 4 KiB write and flush, {@code count} times, on a scratch file beside the data: the disk's own floor. */
    static double[] bareFlushes(Path folder, int count) throws IOException {
        Path scratch = Files.createTempFile(folder, "flush-", ".tmp");
        double[] millis = new double[count];
        try (FileChannel channel = FileChannel.open(scratch, StandardOpenOption.WRITE)) {
            ByteBuffer page = ByteBuffer.allocate(4096);
            for (int i = 0; i < count; i++) {
                page.clear();
                long start = System.nanoTime();
                channel.write(page, (i % 16) * 4096L);
                channel.force(true);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        } finally {
            Files.deleteIfExists(scratch);
        }
        return millis;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The nearest-rank percentile: the smallest value at least {@code p}% of the values are at or below. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
