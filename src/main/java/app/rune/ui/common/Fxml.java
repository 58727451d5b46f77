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
        load(view, view.getClass().getSimpleName(), text);
    }

    /**
     * Loads {@code name}.fxml, beside the view's class, with the view as its controller: a part of a screen made
     * later than the rest, whose controls are the view's own fields. Returns the part's root.
     */
    public static <T> T load(Object view, String name, ResourceBundle text) {
        Class<?> type = view.getClass();
        FXMLLoader loader = new FXMLLoader(type.getResource(name + ".fxml"), text);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name + ".fxml", e);
        }
    }
}
