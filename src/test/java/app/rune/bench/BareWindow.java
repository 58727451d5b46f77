package app.rune.bench;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The benchmark's baseline: the least a JavaFX desktop app does, a window the size of Rune's with one label.
 * Started the way Rune starts JavaFX (a plain main class and {@link Platform#startup}, with JavaFX on the class
 * path), it prints {@code first_frame_ms=N} measured exactly as Rune's start-up probe measures it: on the first
 * post-layout pulse after {@code show()}, in milliseconds since {@code -Drune.launchedAt=<epoch ms>}. It then
 * stays open until killed (so its memory can be read), or quits at once with {@code -Drune.exitWhenInteractive=true}.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        long launchedAt = Long.getLong("rune.launchedAt", -1L);
        boolean exit = Boolean.getBoolean("rune.exitWhenInteractive");
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bare JavaFX window");
            // Rune's window on first run: 1200 x 760.
            Scene scene = new Scene(new StackPane(new Label("A bare JavaFX window")), 1200, 760);
            stage.setScene(scene);
            stage.show();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                if (launchedAt >= 0) {
                    System.out.printf(Locale.ROOT, "first_frame_ms=%d%n", System.currentTimeMillis() - launchedAt);
                    System.out.flush();
                }
                if (exit) {
                    Platform.runLater(Platform::exit);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
    }
}
