package app.rune.ui.shell;

import app.rune.service.reminder.Notifier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import app.rune.ui.common.Dialogs;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The last way to show a reminder: a ControlsFX notification inside the window, when the window is open. */
public final class InAppNotifier implements Notifier {
    private static final double WIDTH = 320;
    private final Stage stage;

    public InAppNotifier(Stage stage) {
        this.stage = stage;
    }

    /** Shows it from any thread; on another than JavaFX's, waits (a few seconds at most) to say whether it did. */
    @Override
    public boolean show(String title, String body, Runnable onOpen) {
        if (Platform.isFxApplicationThread()) {
            return showHere(title, body, onOpen);
        }
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        Platform.runLater(() -> shown.complete(showHere(title, body, onOpen)));
        try {
            return shown.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private boolean showHere(String title, String body, Runnable onOpen) {
        if (!stage.isShowing() || stage.getScene() == null) {
            return false;
        }
        Notifications notification = Notifications.create().owner(stage).graphic(content(title, body))
                .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(15)).onAction(e -> onOpen.run());
        if (stage.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith(Dialogs.DARK_STYLESHEET))) {
            notification.darkStyle();
        }
        notification.show();
        return true;
    }

    /** Rune's icon beside the title and the words, wrapped: a long reminder must not run off the window. */
    private static Node content(String title, String body) {
        Label heading = new Label(title);
        heading.setStyle("-fx-font-weight: bold;");
        Label words = new Label(body);
        words.setWrapText(true);
        words.setMaxWidth(WIDTH);
        words.setPrefWidth(WIDTH);
        VBox text = new VBox(4, heading, words);
        HBox box = new HBox(12, text);
        box.setPadding(new Insets(6, 4, 6, 4));
        box.setAlignment(Pos.TOP_LEFT);
        var icon = InAppNotifier.class.getResource("/app/rune/icons/rune-64.png");
        if (icon != null) {
            ImageView image = new ImageView(new Image(icon.toExternalForm(), 40, 40, true, true));
            box.getChildren().add(0, image);
        }
        return box;
    }

    @Override
    public String toString() {
        return "a message in the window";
    }
}
