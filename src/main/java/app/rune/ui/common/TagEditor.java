package app.rune.ui.common;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Edits a list of short tags (obstacles, success patterns): each tag a chip with a remove button, a field that
 * adds what is typed on Enter. The list is the caller's; the editor only changes it. A tag the caller's check
 * refuses is not added: its problem shows under the field, which keeps the text to correct.
 */
public final class TagEditor extends VBox {
    private final ObservableList<String> tags;
    private final Function<String, String> label;
    private final FlowPane chips = new FlowPane(6, 6);
    private final TextField input = new TextField();
    private final Label problem = new Label();
    private final UnaryOperator<String> problemOf;

    /** @param problemOf what is wrong with a typed tag, or "" when it may be added */
    public TagEditor(ObservableList<String> tags, String prompt, Function<String, String> label,
            UnaryOperator<String> problemOf) {
        super(6);
        this.tags = tags;
        this.label = label;
        this.problemOf = problemOf;
        getStyleClass().add("tag-editor");
        input.setPromptText(prompt);
        input.setPrefColumnCount(18);
        input.setOnAction(e -> {
            if (add(input.getText())) {
                input.clear();
            }
        });
        input.textProperty().addListener((obs, old, now) -> problem.setText(""));
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        Shown.when(problem, problem.textProperty().isNotEmpty());
        tags.addListener((ListChangeListener<String>) c -> showChips());
        showChips();
        getChildren().addAll(chips, input, problem);
    }

    public TextField input() {
        return input;
    }

    /** Adds {@code typed} (stripped) unless it is empty, there already, or refused; false when refused. */
    public boolean add(String typed) {
        String tag = typed == null ? "" : typed.strip();
        if (tag.isEmpty() || tags.contains(tag)) {
            return true;
        }
        String refused = problemOf.apply(tag);
        problem.setText(refused);
        if (!refused.isEmpty()) {
            return false;
        }
        tags.add(tag);
        return true;
    }

    public Label problem() {
        return problem;
    }

    private void showChips() {
        chips.getChildren().setAll(tags.stream().map(this::chip).toList());
        chips.setVisible(!tags.isEmpty());
        chips.setManaged(!tags.isEmpty());
    }

    private HBox chip(String tag) {
        Button remove = new Button("\u00d7");
        LazyTooltip.install(remove, "Remove " + label.apply(tag));
        remove.setOnAction(e -> tags.remove(tag));
        HBox chip = new HBox(new Label(label.apply(tag)), remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("tag");
        return chip;
    }
}
