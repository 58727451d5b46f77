package app.rune.ui.shell;

import app.rune.service.reminder.Notifier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The last way to show a reminder: a ControlsFX notification inside the window, when the window is open. */
public final class InAppNotifier implements Notifier {
    private final Stage stage;

    public InAppNotifier(Stage stage) {
        this.stage = stage;
    }

    @Override
    public boolean show(String title, String body, Runnable onOpen) {
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (!stage.isShowing() || stage.getScene() == null) {
                shown.complete(false);
                return;
            }
            Notifications.create().owner(stage).title(title).text(body).hideAfter(Duration.seconds(12))
                    .onAction(e -> onOpen.run()).showInformation();
            shown.complete(true);
        });
        try {
            return shown.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "a message in the window";
    }
}
