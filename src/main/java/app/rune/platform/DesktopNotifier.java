package app.rune.platform;

import app.rune.service.reminder.Notifier;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Linux desktop notifications over D-Bus ({@code org.freedesktop.Notifications}) through {@code notify-send},
 * with "Open Rune" as its default action, so clicking it opens Rune where the notification server supports
 * actions. notify-send waits while the notification is up (to report the click), so its answers are read on a
 * thread of their own; if the server does not take the notification (no server, no session bus, an old
 * notify-send) this route answers false and the next one is tried.
 */
public final class DesktopNotifier implements Notifier {
    private static final Logger LOG = System.getLogger(DesktopNotifier.class.getName());
    /** How long the notification server may take to accept a notification before this route counts as failed. */
    private static final long ACCEPT_MILLIS = 3000;

    private final Map<String, String> environment;
    private final Path icon;
    private final boolean clickable;

    /**
     * @param environment variables for notify-send on top of Rune's own (a test's own display and session bus)
     * @param icon the app icon shown with the notification, or null
     */
    public DesktopNotifier(Map<String, String> environment, Path icon) {
        this(environment, icon, onPath("stdbuf"));
    }

    /** @param clickable whether to offer the click (needs stdbuf, see {@link #show}) */
    DesktopNotifier(Map<String, String> environment, Path icon, boolean clickable) {
        this.environment = Map.copyOf(environment);
        this.icon = icon;
        this.clickable = clickable;
    }

    /** Whether this route can work here at all: Linux (or another freedesktop system) with notify-send. */
    public static boolean isAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return !os.startsWith("windows") && !os.startsWith("mac") && onPath("notify-send");
    }

    /**
     * With an action notify-send stays until the notification is gone, so its exit code comes too late to tell
     * whether the server took the notification; the ID it prints (--print-id) tells at once, provided its output
     * is not held in a buffer, which is what {@code stdbuf -oL} (GNU coreutils) sees to. Without stdbuf the
     * notification goes out without the click, and notify-send's exit code answers.
     */
    @Override
    public boolean show(String title, String body, Runnable onOpen) {
        List<String> command = new ArrayList<>();
        if (clickable) {
            command.addAll(List.of("stdbuf", "-oL", "notify-send", "--print-id", "--action=default=Open Rune"));
        } else {
            command.add("notify-send");
        }
        command.add("--app-name=Rune");
        if (icon != null) {
            command.add("--icon=" + icon);
        }
        command.add(title);
        command.add(body);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return false;
        }
        CompletableFuture<Boolean> accepted = new CompletableFuture<>();
        if (clickable) {
            Thread answers = new Thread(() -> readAnswers(process, accepted, onOpen), "rune-notification");
            answers.setDaemon(true);
            answers.start();
        } else {
            process.onExit().thenAccept(done -> accepted.complete(done.exitValue() == 0));
        }
        boolean shown;
        try {
            shown = accepted.get(ACCEPT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shown = false;
        } catch (ExecutionException | TimeoutException e) {
            shown = false;
        }
        if (!shown) {
            process.destroy();
        }
        return shown;
    }

    /**
     * notify-send prints the notification's ID once the server has it, then "default" if the person clicks it.
     * Anything else is an error message.
     */
    private static void readAnswers(Process process, CompletableFuture<Boolean> accepted, Runnable onOpen) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String answer = line.strip();
                if (!accepted.isDone() && isId(answer)) {
                    accepted.complete(true);
                } else if (accepted.isDone() && "default".equals(answer)) {
                    onOpen.run();
                } else if (!answer.isEmpty()) {
                    LOG.log(Level.DEBUG, "notify-send: " + answer);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Lost notify-send's answer", e);
        } finally {
            accepted.complete(false);
        }
    }

    /** Servers number notifications from 1; notify-send prints 0 when no server took it. */
    private static boolean isId(String answer) {
        return !answer.isEmpty() && answer.length() < 10 && answer.chars().allMatch(Character::isDigit)
                && Integer.parseInt(answer) > 0;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "desktop notifications (notify-send)";
    }
}
