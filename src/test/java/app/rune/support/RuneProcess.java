package app.rune.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code rune} command started by {@link RuneJar}: its standard output and error are read on threads of their
 * own from the start, so a child that writes a lot never blocks on a full pipe, and what it wrote before a kill
 * is kept.
 */
public final class RuneProcess {
    private final List<String> command;
    private final Process process;
    private final long started = System.nanoTime();
    private final Collector out;
    private final Collector err;
    private volatile long ended;

    RuneProcess(List<String> command, Process process) throws IOException {
        this.command = List.copyOf(command);
        this.process = process;
        process.getOutputStream().close();
        this.out = new Collector(process.getInputStream(), "rune-stdout");
        this.err = new Collector(process.getErrorStream(), "rune-stderr");
    }

    /** Waits up to {@code limit} for the command to end; false if it is still running. */
    public boolean awaitExit(Duration limit) throws InterruptedException {
        boolean done = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (done && ended == 0) {
            ended = System.nanoTime();
        }
        return done;
    }

    /** The command as typed, from {@code rune} on. */
    public String commandLine() {
        int jar = command.indexOf("-jar");
        return "rune " + String.join(" ", command.subList(Math.min(command.size(), jar + 2), command.size()));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, through the handle so the output already written can still be read; waits until it is gone. */
    public void kill() throws InterruptedException {
        if (process.isAlive()) {
            RuneJar.killAndWait(process);
        }
        if (ended == 0 && !process.isAlive()) {
            ended = System.nanoTime();
        }
    }

    /** Milliseconds since the start. */
    public long millisRunning() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** What the command did; only once it has ended (normally or killed). */
    public RuneJar.Result result() throws InterruptedException {
        if (!awaitExit(Duration.ofSeconds(30))) {
            throw new IllegalStateException("still running: " + command);
        }
        out.join();
        err.join();
        return new RuneJar.Result(command, process.exitValue(), out.text(), err.text(),
                TimeUnit.NANOSECONDS.toMillis(ended - started));
    }

    /**
     * Waits up to {@code limit} until the command has written something to its standard output (or ended);
     * returns the milliseconds since its start, or -1 if it wrote nothing in time.
     */
    public long awaitOutput(Duration limit) throws InterruptedException {
        return out.awaitBytes(limit) ? millisRunning() : -1;
    }

    /** Standard error so far. */
    public String err() {
        return err.text();
    }

    /** Reads one stream to its end into memory. */
    private static final class Collector {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;

        Collector(InputStream stream, String name) {
            thread = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (stream) {
                    for (int n; (n = stream.read(buffer)) >= 0; ) {
                        synchronized (bytes) {
                            bytes.write(buffer, 0, n);
                            bytes.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // The stream closed under us: what was read is kept.
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits until there is at least one byte or the stream ended; false if neither happened in time. */
        boolean awaitBytes(Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            synchronized (bytes) {
                while (bytes.size() == 0 && thread.isAlive()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(bytes, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
                }
                return bytes.size() > 0;
            }
        }

        void join() throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
