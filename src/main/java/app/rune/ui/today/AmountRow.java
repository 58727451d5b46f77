package app.rune.ui.today;

import app.rune.ui.common.LazyTooltip;
import app.rune.ui.common.Shown;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A measurable task's amount on its card: − / + steps around the field, the unit, and after a tick the question
 * "how much?", whose Enter keeps the target. Enter or leaving the field records what was typed; Escape puts back
 * what is recorded.
 */
final class AmountRow extends HBox {
    AmountRow(TaskItem item, TaskAmount amount, TodayViewModel viewModel, ResourceBundle text) {
        super(8);
        getStyleClass().add("amount-row");
        setAlignment(Pos.CENTER_LEFT);
        Label question = new Label(text.getString("today.amount.label"));
        question.getStyleClass().add("amount-question");
        TextField field = new TextField();
        field.setId("amount-" + item.taskId());
        field.setPrefColumnCount(5);
        field.setAccessibleText(text.getString("today.amount.label") + " " + amount.unit());
        field.textProperty().bindBidirectional(amount.typedProperty());
        field.setOnAction(e -> viewModel.saveAmount(item));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.cancelAmount(item);
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && amount.changed() && !amount.askingProperty().get()) {
                viewModel.saveAmount(item);
            }
        });
        Button less = step(item, "less", "fth-minus", text.getString("today.amount.less"), () -> {
            amount.step(-1);
            viewModel.saveAmount(item);
        });
        Button more = step(item, "more", "fth-plus", text.getString("today.amount.more"), () -> {
            amount.step(1);
            viewModel.saveAmount(item);
        });
        Label unit = new Label(amount.unit());
        unit.getStyleClass().add("muted");
        Label hint = new Label(MessageFormat.format(text.getString("today.amount.prompt"),
                (TaskAmount.plain(amount.target().amount()) + " " + amount.unit()).strip()));
        hint.getStyleClass().add("muted");
        Shown.when(hint, amount.askingProperty());
        less.disableProperty().bind(item.statusProperty().isEqualTo(TaskItem.Status.SAVING));
        more.disableProperty().bind(item.statusProperty().isEqualTo(TaskItem.Status.SAVING));
        getChildren().addAll(question, less, field, unit, more, hint);
        // Asked after a tick: the field takes the keyboard, its text selected so typing replaces the target.
        amount.askingProperty().addListener((obs, was, asking) -> {
            if (asking) {
                Platform.runLater(() -> {
                    field.requestFocus();
                    field.selectAll();
                });
            }
        });
    }

    private static Button step(TaskItem item, String name, String icon, String words, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(name + "-" + item.taskId());
        button.getStyleClass().add("icon-button");
        button.setAccessibleText(words);
        LazyTooltip.install(button, words);
        button.setOnAction(e -> action.run());
        return button;
    }
}
