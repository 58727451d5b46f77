package app.rune.ui;

import javafx.scene.Node;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** WCAG contrast between a colour and what a node is drawn on: for tests that look at both themes. */
final class Contrast {
    private Contrast() {
    }

    /**
     * The colour behind {@code node}: the last opaque-enough fill of the nearest region around it that has one
     * (a region paints its fills one over the other, the last on top). White when none has.
     */
    static Color behind(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof Region region && region.getBackground() != null) {
                for (int i = region.getBackground().getFills().size() - 1; i >= 0; i--) {
                    BackgroundFill fill = region.getBackground().getFills().get(i);
                    if (fill.getFill() instanceof Color color && color.getOpacity() > 0.5) {
                        return color;
                    }
                }
            }
        }
        return Color.WHITE;
    }

    /** From 1 (the same) to 21 (black on white). */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
