package app.rune.ui.goal;

import app.rune.ui.common.Shown;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Goal screen's list of current goals, bound to {@link GoalViewModel#goals()}: one row a goal (its title and a
 * line of facts, a star on the focus goal), the shown one selected; a row opens its goal below. "New goal" starts
 * the writing form while there is room for another goal, and says why not when there is none.
 */
final class GoalsCard {
    /** The card's controls, as the FXML made them. */
    record Controls(VBox card, VBox rows, Button newGoal, Label fullNote) {
    }

    private final GoalViewModel viewModel;
    private final Controls c;
    private final ToggleGroup group = new ToggleGroup();

    GoalsCard(GoalViewModel viewModel, Controls controls, ObservableValue<Boolean> shown, ResourceBundle text) {
        this.viewModel = viewModel;
        this.c = controls;
        Shown.when(c.card(), shown);
        c.newGoal().disableProperty().bind(viewModel.roomForAnotherProperty().not().or(viewModel.busyProperty()));
        c.fullNote().textProperty().bind(viewModel.fullNoteProperty());
        Shown.when(c.fullNote(), viewModel.fullNoteProperty().isNotEmpty());
        viewModel.goals().addListener((ListChangeListener<GoalListItem>) change -> showRows(text));
        // A goal keeps its row selected even when clicked again: the list always shows which goal is open.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        showRows(text);
    }

    private void showRows(ResourceBundle text) {
        c.rows().getChildren().clear();
        group.getToggles().clear();
        for (GoalListItem item : viewModel.goals()) {
            Label title = new Label(item.title());
            title.getStyleClass().add("goal-row-title");
            // One line each: a wrapped label inside a button asks for its height at no width, and a long title
            // is shown whole in the card below.
            title.setMinWidth(0);
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("muted");
            detail.setMinWidth(0);
            VBox words = new VBox(2, title, detail);
            words.setMinWidth(0);
            ToggleButton row = new ToggleButton(null, words);
            row.setId("goal-" + item.goalId());
            row.getStyleClass().add("goal-row");
            row.setMaxWidth(Double.MAX_VALUE);
            row.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            if (item.focus()) {
                FontIcon star = new FontIcon("fth-star");
                star.getStyleClass().add("focus-star");
                words.getChildren().add(0, new Label(text.getString("goal.list.focus"), star));
                words.getChildren().get(0).getStyleClass().add("focus-mark");
            }
            row.setToggleGroup(group);
            row.setSelected(item.shown());
            row.setAccessibleText(item.title() + ", " + item.detail());
            row.disableProperty().bind(viewModel.busyProperty());
            row.setOnAction(event -> viewModel.select(item.goalId()));
            c.rows().getChildren().add(row);
        }
    }
}
