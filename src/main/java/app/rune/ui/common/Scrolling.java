package app.rune.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Brings a part of a scrolled page into sight, e.g. a card that just unfolded or a form that just opened. */
public final class Scrolling {
    private static final double MARGIN = 16;

    private Scrolling() {
    }

    /** After the next layout (new content has no size before it), scrolls just enough to show {@code node}. */
    public static void intoViewLater(ScrollPane pane, Node node) {
        Platform.runLater(() -> intoView(pane, node));
    }

    public static void intoView(ScrollPane pane, Node node) {
        // New content needs its styles and sizes before anything can be measured.
        pane.applyCss();
        pane.layout();
        Node content = pane.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        var bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = pane.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (bounds.getHeight() + 2 * MARGIN > viewport || bounds.getMinY() < top) {
            target = bounds.getMinY() - MARGIN;
        } else if (bounds.getMaxY() + MARGIN > top + viewport) {
            target = bounds.getMaxY() + MARGIN - viewport;
        }
        pane.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }
}
