package app.rune.ui.today;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * The evening's mood as chips: one click for a usual mood (again to take it back), or "Other…" for a word of
 * the person's own, typed in a field that appears in its place. A mood that came some other way (the command
 * line, an import) shows in that field too. Bound to a plain text property, the stored mood.
 *
 * <p>Chips rather than a drop-down list, as the screen's design has it; they are also lighter to make than
 * a combo box, whose hidden list is built and styled with the screen.
 */
public final class MoodChips extends FlowPane {
    private final ToggleGroup group = new ToggleGroup();
    private StringProperty mood;
    private ResourceBundle text;
    private Button other;
    /** The field for a mood of one's own: made when first wanted. */
    private TextField own;
    /** Set while the chips follow the property, so they do not write back what they are shown. */
    private boolean following;

    public MoodChips() {
        getStyleClass().add("mood-chips");
        setHgap(6);
        setVgap(6);
        // One row where the card is wide enough; the chips wrap where it is not.
        setPrefWrapLength(640);
    }

    /** Shows {@code moods} as chips and keeps {@code mood} and the chips in step. */
    public void bind(StringProperty mood, List<String> moods, ResourceBundle text) {
        this.mood = mood;
        this.text = text;
        for (String word : moods) {
            ToggleButton chip = new ToggleButton(capitalised(word));
            chip.setId("mood-" + word);
            chip.setUserData(word);
            chip.setToggleGroup(group);
            chip.setMnemonicParsing(false);
            chip.getStyleClass().add("mood-chip");
            getChildren().add(chip);
        }
        other = new Button(text.getString("today.checkin.mood.other"));
        other.setId("moodOther");
        other.getStyleClass().addAll("mood-chip", "mood-other");
        other.setOnAction(e -> {
            openOwn().requestFocus();
            group.selectToggle(null);
        });
        getChildren().add(other);
        group.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (!following) {
                if (chosen != null) {
                    closeOwn();
                    mood.set((String) chosen.getUserData());
                } else if (own == null || own.getParent() == null) {
                    mood.set("");
                }
            }
        });
        mood.addListener((obs, old, now) -> follow(now));
        follow(mood.get());
    }

    /** Shows {@code now}: its chip, or the own-words field holding it, or nothing chosen. */
    private void follow(String now) {
        following = true;
        try {
            String word = now == null ? "" : now;
            Toggle chip = group.getToggles().stream()
                    .filter(toggle -> toggle.getUserData().equals(word)).findFirst().orElse(null);
            if (own != null && own.isFocused()) {
                // Being typed: the field stays as it is, whatever the words match.
                group.selectToggle(null);
            } else if (chip != null || word.isBlank()) {
                group.selectToggle(chip);
                closeOwn();
            } else {
                group.selectToggle(null);
                TextField field = openOwn();
                if (!Objects.equals(field.getText(), word)) {
                    field.setText(word);
                }
            }
        } finally {
            following = false;
        }
    }

    private TextField openOwn() {
        if (own == null) {
            own = new TextField();
            own.setId("moodOwn");
            own.setPromptText(text.getString("today.checkin.mood.prompt"));
            own.setPrefColumnCount(14);
            own.textProperty().addListener((obs, old, typed) -> {
                if (!following) {
                    mood.set(typed);
                }
            });
        }
        int at = getChildren().indexOf(other);
        if (at >= 0) {
            getChildren().set(at, own);
        }
        return own;
    }

    private void closeOwn() {
        if (own != null && own.getParent() == this) {
            // Emptied quietly: whatever closes it sets the mood itself.
            boolean was = following;
            following = true;
            try {
                own.clear();
            } finally {
                following = was;
            }
            getChildren().set(getChildren().indexOf(own), other);
        }
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
