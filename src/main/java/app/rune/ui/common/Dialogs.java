package app.rune.ui.common;

import javafx.scene.control.Dialog;
import javafx.stage.Stage;

/** Gives Rune's dialogs the app's stylesheet and icon, so they look like part of the app. */
public final class Dialogs {
    public static final String STYLESHEET = "/app/rune/ui/rune.css";
    public static final String DARK_STYLESHEET = "/app/rune/ui/rune-dark.css";

    private Dialogs() {
    }

    /** The owner window's stylesheets (light or dark) go with the dialog; without an owner, the light one. */
    public static <T extends Dialog<?>> T styled(T dialog) {
        if (dialog.getOwner() != null && dialog.getOwner().getScene() != null
                && !dialog.getOwner().getScene().getStylesheets().isEmpty()) {
            dialog.getDialogPane().getStylesheets().setAll(dialog.getOwner().getScene().getStylesheets());
        } else {
            var css = Dialogs.class.getResource(STYLESHEET);
            if (css != null) {
                dialog.getDialogPane().getStylesheets().add(css.toExternalForm());
            }
        }
        dialog.getDialogPane().getStyleClass().add("rune-dialog");
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            var owner = dialog.getOwner();
            if (owner instanceof Stage ownerStage) {
                stage.getIcons().setAll(ownerStage.getIcons());
            }
        }
        return dialog;
    }
}
