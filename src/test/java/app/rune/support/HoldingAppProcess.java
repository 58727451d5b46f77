package app.rune.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link HoldingApp} started as a child JVM and seen from the test: the lines it prints, its quit (its standard
 * input closed) and its SIGKILL.
 */
public final class HoldingAppProcess implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final Path errors;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private HoldingAppProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        reader = new Thread(this::read, "holding-app-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a holder on {@code folder} and waits until it listens; its standard error goes to {@code errors}.
     * Fails the test if it does not get that far.
     */
    public static HoldingAppProcess start(Path folder, Path errors) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HoldingAppProcess holder = new HoldingAppProcess(JavaProcess.startQuick(errors, HoldingApp.class,
                folder.toString()), errors);
        if (!holder.awaitLine("ready", START_LIMIT)) {
            holder.kill();
            fail("The holding app on " + folder + " did not start listening within " + START_LIMIT.toSeconds()
                    + " s; it printed " + holder.lines() + " and on standard error: " + holder.errors());
        }
        System.out.printf("  holder on %s listening after %d ms%n", folder.getFileName(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return holder;
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process ended under us: what was read is kept.
        } finally {
            synchronized (lines) {
                lines.notifyAll();
            }
        }
    }

    /** Waits until a line that starts with {@code prefix} has been printed; false if none comes in time. */
    public boolean awaitLine(String prefix, Duration limit) throws InterruptedException {
        return awaitLines(prefix, 1, limit);
    }

    /** Waits until {@code count} lines that start with {@code prefix} have been printed. */
    public boolean awaitLines(String prefix, int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lines) {
            while (count(prefix) < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!reader.isAlive() && count(prefix) < count)) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lines, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
            }
            return true;
        }
    }

    /** How many lines printed so far start with {@code prefix}. */
    public long count(String prefix) {
        synchronized (lines) {
            return lines.stream().filter(line -> line.startsWith(prefix)).count();
        }
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** What it wrote to standard error so far. */
    public String errors() {
        try {
            return Files.exists(errors) ? Files.readString(errors) : "";
        } catch (IOException e) {
            return "(" + errors + " cannot be read: " + e.getMessage() + ")";
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Quits as the app does (its standard input closes) and waits for it; its exit status, or -1 if it hangs. */
    public int quit(Duration limit) throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            return -1;
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    /** Quits and fails the test unless it ends with status 0 within a minute. */
    public void quit() throws IOException, InterruptedException {
        int status = quit(Duration.ofSeconds(60));
        if (status != 0) {
            kill();
            fail("The holding app did not quit cleanly (status " + status + "); it printed " + lines()
                    + " and on standard error: " + errors());
        }
    }

    /** SIGKILL: it ends without cleaning up, as a crashed app does. */
    public void kill() throws InterruptedException {
        RuneJar.killAndWait(process);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
