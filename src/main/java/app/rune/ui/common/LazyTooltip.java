package app.rune.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * A tooltip made when the pointer first comes over its node. A {@link Tooltip} is a small window of its own
 * and costs more to make than the button it explains: the first screen has some thirty, which were a fifth
 * of the time spent building it, and the heat map one per day of the year. Most are never shown.
 *
 * <p>The text is also the node's accessible help, which a screen reader reads out without any hovering (a
 * control's own tooltip would have been read as its help).
 */
public final class LazyTooltip implements EventHandler<MouseEvent> {
    private final Node node;
    private final String text;
    private final Duration showDelay;

    private LazyTooltip(Node node, String text, Duration showDelay) {
        this.node = node;
        this.text = text;
        this.showDelay = showDelay;
    }

    /** Gives {@code node} a tooltip saying {@code text}, shown after JavaFX's usual delay. */
    public static void install(Node node, String text) {
        install(node, text, null);
    }

    /** Gives {@code node} a tooltip saying {@code text}, shown after {@code showDelay} (null: the usual). */
    public static void install(Node node, String text, Duration showDelay) {
        node.setAccessibleHelp(text);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new LazyTooltip(node, text, showDelay));
    }

    /**
     * Gives each node a tooltip saying its accessible help: an FXML view writes the text where it lays out
     * the control ({@code accessibleHelp="%key"}) and installs the tooltips in its {@code initialize}.
     */
    public static void fromAccessibleHelp(Node... nodes) {
        for (Node node : nodes) {
            String help = node.getAccessibleHelp();
            if (help == null || help.isBlank()) {
                throw new IllegalArgumentException(node + " has no accessible help to show as its tooltip");
            }
            install(node, help);
        }
    }

    /**
     * Makes the tooltip as the pointer enters. The same pointer movement is then delivered as a mouse move,
     * which starts the tooltip's own show delay as if it had been there all along.
     */
    @Override
    public void handle(MouseEvent event) {
        node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
        Tooltip tooltip = new Tooltip(text);
        if (showDelay != null) {
            tooltip.setShowDelay(showDelay);
        }
        if (node instanceof Control control) {
            control.setTooltip(tooltip);
        } else {
            Tooltip.install(node, tooltip);
        }
    }
}
