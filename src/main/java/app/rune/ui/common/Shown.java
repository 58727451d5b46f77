package app.rune.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/** Parts of a screen that show only under a condition, and take no room while they do not. */
public final class Shown {
    private Shown() {
    }

    /** Shows {@code node} while {@code condition} holds; while it does not, the layout leaves no gap for it. */
    public static void when(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /**
     * Shows what {@code make} makes inside {@code place} while {@code needed} holds, made the first time it does
     * and kept for the next. For a part that is seldom shown (a card for an empty day, the coach's alert, the
     * first-run banner): until it is needed its place is an empty pane, which costs the screen's first frame
     * nothing to style, skin or lay out.
     */
    public static void madeWhen(Pane place, ObservableValue<Boolean> needed, Supplier<Node> make) {
        when(place, needed);
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
