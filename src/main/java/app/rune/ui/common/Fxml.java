package app.rune.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;

/** Loads a view's FXML (named after the view's class, beside it) with the view as its controller. */
public final class Fxml {
    private Fxml() {
    }

    public static void load(Object view, ResourceBundle text) {
        Class<?> type = view.getClass();
        FXMLLoader loader = new FXMLLoader(type.getResource(type.getSimpleName() + ".fxml"), text);
        loader.setController(view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + type.getSimpleName() + ".fxml", e);
        }
    }
}
