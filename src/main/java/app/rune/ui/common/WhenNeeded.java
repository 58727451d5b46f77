package app.rune.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A part of a screen that is seldom shown (a card for an empty day, the coach's alert, the first-run banner),
 * made the first time it is needed. Until then its place holds an empty pane, out of the layout, which costs
 * the screen's first frame nothing to style, skin or lay out.
 */
public final class WhenNeeded {
    private WhenNeeded() {
    }

    /**
     * Shows what {@code make} makes inside {@code place} while {@code needed} holds; it is made the first time it
     * does, and kept for the next.
     */
    public static void fill(Pane place, ObservableValue<Boolean> needed, Supplier<Node> make) {
        place.visibleProperty().bind(needed);
        place.managedProperty().bind(needed);
        if (Boolean.TRUE.equals(needed.getValue())) {
            place.getChildren().setAll(make.get());
            return;
        }
        needed.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    needed.removeListener(this);
                    place.getChildren().setAll(make.get());
                }
            }
        });
    }
}
