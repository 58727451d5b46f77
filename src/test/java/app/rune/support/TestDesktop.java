package app.rune.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private Linux desktop for tests: its own X display (Xvfb), its own session bus (dbus-daemon, with no service
 * activation so nothing but the test's daemon can answer), the dunst notification daemon recording every
 * notification it receives, and optionally a tray host (trayer). Nothing of the machine's own desktop is used.
 */
public final class TestDesktop implements AutoCloseable {
    /** What the daemon received. */
    public record Received(String app, String summary, String body) {
    }

    static final List<String> PROGRAMS = List.of("Xvfb", "dbus-daemon", "dunst", "dunstctl", "notify-send");

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private String display;
    private String bus;

    private TestDesktop(Path dir) {
        this.dir = dir;
    }

    /** Why the desktop cannot be built here, or null when it can. */
    public static String missing() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return "desktop notifications over D-Bus are tested on Linux only";
        }
        List<String> absent = PROGRAMS.stream().filter(program -> !onPath(program)).toList();
        return absent.isEmpty() ? null
                : "needs " + String.join(", ", absent)
                        + " (Debian: xvfb dbus dunst libnotify-bin; .ci/run installs them)";
    }

    public static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, program))) {
                return true;
            }
        }
        return false;
    }

    /** Starts the display, the bus and the notification daemon in {@code dir}. */
    public static TestDesktop start(Path dir) throws IOException, InterruptedException {
        TestDesktop desktop = new TestDesktop(dir);
        try {
            desktop.startDisplay();
            desktop.startBus();
            desktop.startDaemon();
            return desktop;
        } catch (IOException | InterruptedException | RuntimeException e) {
            desktop.close();
            throw e;
        }
    }

    /** What a program needs to reach this desktop instead of the machine's own. */
    public Map<String, String> environment() {
        return Map.of("DISPLAY", display, "DBUS_SESSION_BUS_ADDRESS", bus);
    }

    /** Starts trayer, a system tray host, on this display. */
    public void startTray() throws IOException, InterruptedException {
        processes.add(start(List.of("trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel",
                "--width", "64", "--height", "24", "--transparent", "false"), "trayer.log"));
        Thread.sleep(700);
    }

    /** Everything the daemon has received so far, oldest first. */
    public List<Received> received() throws IOException {
        Path log = dir.resolve("received.tsv");
        if (!Files.exists(log)) {
            return List.of();
        }
        List<Received> all = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", -1);
            if (parts.length >= 3) {
                all.add(new Received(parts[0], parts[1], parts[2]));
            }
        }
        return all;
    }

    /** Waits until the daemon has received at least {@code count} notifications; returns them all. */
    public List<Received> awaitReceived(int count, long seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Received> all = received();
        while (all.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            all = received();
        }
        return all;
    }

    /** Clicks the notification on top, as a person would: dunst invokes its default action. */
    public void clickTopmost() throws IOException, InterruptedException {
        dunstctl("action", "0");
    }

    /** Dismisses every notification on screen. */
    public void closeAll() throws IOException, InterruptedException {
        dunstctl("close-all");
    }

    private void dunstctl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dunstctl"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment());
        Process running = builder.start();
        String out = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!running.waitFor(10, TimeUnit.SECONDS) || running.exitValue() != 0) {
            throw new IOException("dunstctl " + String.join(" ", args) + " failed: " + out);
        }
    }

    private void startDisplay() throws IOException, InterruptedException {
        // -displayfd: Xvfb picks a free display number and writes it to the given descriptor (here: stdout).
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "800x600x24", "-nolisten", "tcp")
                .redirectError(dir.resolve("xvfb.log").toFile()).start();
        processes.add(xvfb);
        display = ":" + firstLine(xvfb, "Xvfb did not report its display");
    }

    private void startBus() throws IOException, InterruptedException {
        Path config = dir.resolve("bus.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:tmpdir=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(dir));
        Process daemon = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--print-address=1", "--nofork")
                .redirectError(dir.resolve("dbus.log").toFile()).start();
        processes.add(daemon);
        bus = firstLine(daemon, "dbus-daemon did not report its address");
    }

    private void startDaemon() throws IOException, InterruptedException {
        Path script = dir.resolve("record.sh");
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\t%s\\t%s\\n' \"$1\" \"$2\" \"$3\" >> '"
                + dir.resolve("received.tsv") + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Path config = dir.resolve("dunstrc");
        Files.writeString(config, """
                [global]
                    font = Monospace 8
                [record]
                    summary = "*"
                    script = %s
                """.formatted(script));
        processes.add(start(List.of("dunst", "-config", config.toString()), "dunst.log"));
    }

    private Process start(List<String> command, String log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile());
        builder.environment().putAll(environment());
        return builder.start();
    }

    private static String firstLine(Process process, String failure) throws IOException, InterruptedException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (reader.ready()) {
                String line = reader.readLine();
                if (line != null && !line.isBlank()) {
                    return line.strip();
                }
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new IOException(failure);
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.destroy();
            try {
                if (!process.waitFor(3, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
