package app.rune.ui.common;

import javafx.scene.input.KeyEvent;
import org.controlsfx.control.Rating;

/**
 * ControlsFX's Rating takes only the mouse; this lets it take the keyboard too: Tab reaches it, the arrow keys
 * move one star, digits 0 to 5 set the stars (0 clears them).
 */
public final class KeyboardRating {
    private KeyboardRating() {
    }

    public static Rating enable(Rating rating) {
        rating.setFocusTraversable(true);
        rating.getStyleClass().add("keyboard-rating");
        rating.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            int stars = (int) Math.round(rating.getRating());
            int max = rating.getMax();
            switch (event.getCode()) {
                case LEFT, DOWN, MINUS, SUBTRACT -> rating.setRating(Math.max(0, stars - 1));
                case RIGHT, UP, PLUS, ADD, EQUALS -> rating.setRating(Math.min(max, stars + 1));
                default -> {
                    String name = event.getCode().getName();
                    char last = name.charAt(name.length() - 1);
                    if (!event.getCode().isDigitKey() || last - '0' > max) {
                        return;
                    }
                    rating.setRating(last - '0');
                }
            }
            event.consume();
        });
        return rating;
    }
}
