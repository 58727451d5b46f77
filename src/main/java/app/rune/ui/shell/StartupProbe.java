package app.rune.ui.shell;

import app.rune.AllowedToUseStandardStreams;
import java.io.PrintStream;
import java.util.Locale;
import javafx.scene.Scene;

/**
 * Start-up timing for the benchmark script, switched on with system properties and silent otherwise.
 * {@code -Drune.launchedAt=<epoch ms>} (the time the script launched the JVM) makes Rune print, on standard
 * output, {@code first_frame_ms=N} when the window's first frame is laid out and {@code interactive_ms=N} once
 * the Today screen shows the day's tasks and has been laid out; {@code -Drune.exitWhenInteractive=true} then
 * quits, so a script can launch, time and move on.
 */
@AllowedToUseStandardStreams("The start-up benchmark reads the probe's timings from standard output, and only when it asks for them")
final class StartupProbe {
    static final String LAUNCHED_AT = "rune.launchedAt";
    static final String EXIT_WHEN_INTERACTIVE = "rune.exitWhenInteractive";

    private final long launchedAt;
    private final PrintStream out;
    private boolean firstFrameReported;
    private boolean interactiveReported;

    private StartupProbe(long launchedAt, PrintStream out) {
        this.launchedAt = launchedAt;
        this.out = out;
    }

    /** The probe the system properties ask for; one that does nothing when they are absent. */
    static StartupProbe fromSystemProperties() {
        String launched = System.getProperty(LAUNCHED_AT);
        long at = -1;
        if (launched != null) {
            try {
                at = Long.parseLong(launched.trim());
            } catch (NumberFormatException e) {
                at = -1;
            }
        }
        return new StartupProbe(at, System.out);
    }

    boolean exitWhenInteractive() {
        return Boolean.getBoolean(EXIT_WHEN_INTERACTIVE);
    }

    /** Reports the first frame of {@code scene}: the first pulse that lays it out. */
    void firstFrame(Scene scene) {
        if (launchedAt < 0 || firstFrameReported) {
            return;
        }
        firstFrameReported = true;
        FirstScreen.afterNextPulse(scene, () -> report("first_frame_ms"));
    }

    /** Reports that Today shows its day, once the pulse after that has laid it out; then runs {@code then}. */
    void interactive(Scene scene, Runnable then) {
        if (interactiveReported || (launchedAt < 0 && !exitWhenInteractive())) {
            return;
        }
        interactiveReported = true;
        FirstScreen.afterNextPulse(scene, () -> {
            report("interactive_ms");
            if (exitWhenInteractive()) {
                then.run();
            }
        });
    }

    private void report(String what) {
        if (launchedAt >= 0) {
            out.printf(Locale.ROOT, "%s=%d%n", what, System.currentTimeMillis() - launchedAt);
            out.flush();
        }
    }
}
