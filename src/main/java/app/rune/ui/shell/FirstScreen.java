package app.rune.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Work that can wait until the first screen is on show (the coach's hello, the day's backup, bringing the
 * figures up to date): on a two-core machine it would otherwise compete with drawing the window. Runs it on
 * the FX thread after the first screen's first frame, or after a few seconds at the latest.
 */
final class FirstScreen {
    private static final Duration AT_THE_LATEST = Duration.seconds(3);

    private final List<Runnable> waiting = new ArrayList<>();
    private boolean shown;
    private boolean armed;

    /** Runs {@code work} once the first screen is shown; at once if it already is. */
    void then(Runnable work) {
        if (shown) {
            work.run();
        } else {
            waiting.add(work);
            arm();
        }
    }

    /** The first screen has what it shows: after the frame that draws it, the waiting work runs. */
    void ready(Scene scene) {
        if (shown) {
            return;
        }
        afterNextPulse(scene, this::show);
    }

    private void arm() {
        if (armed) {
            return;
        }
        armed = true;
        PauseTransition latest = new PauseTransition(AT_THE_LATEST);
        latest.setOnFinished(e -> show());
        latest.play();
    }

    private void show() {
        if (shown) {
            return;
        }
        shown = true;
        List<Runnable> work = new ArrayList<>(waiting);
        waiting.clear();
        work.forEach(Runnable::run);
    }

    /** Runs {@code action} after the next pulse has laid out {@code scene}, asking for that pulse. */
    static void afterNextPulse(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
