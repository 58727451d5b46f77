package app.rune.ui.goal;

import app.rune.ui.common.Shown;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small editor of a task's plan, bound to a {@link TaskPlanEditor}: when the task is due and whether it is
 * measured. Every control is reached with Tab and Space; OK is the default button and stays off while the plan
 * cannot be kept, the reason shown above it.
 */
final class TaskPlanDialog {
    private TaskPlanDialog() {
    }

    /** Asks for {@code row}'s plan; OK puts it in the row (saved with the table, like every other cell). */
    static void edit(TaskRow row, Window owner, ResourceBundle text) {
        TaskPlanEditor editor = new TaskPlanEditor(row.scheduleProperty().get(), row.targetProperty().get(), text);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(MessageFormat.format(text.getString("plan.title"), row.titleProperty().get()));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content(editor, text));
        dialog.getDialogPane().getStyleClass().add("plan-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("planOk");
        ok.disableProperty().bind(editor.problemProperty().isNotEmpty());
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(pressed -> {
            row.scheduleProperty().set(editor.schedule());
            row.targetProperty().set(editor.target());
        });
    }

    static VBox content(TaskPlanEditor editor, ResourceBundle text) {
        ToggleGroup kinds = new ToggleGroup();
        VBox when = new VBox(8, sectionTitle(text.getString("plan.when")));
        for (TaskPlanEditor.Kind kind : TaskPlanEditor.Kind.values()) {
            RadioButton choice = new RadioButton(text.getString("plan.kind." + kind.name()));
            choice.setId("plan-" + kind.name());
            choice.setToggleGroup(kinds);
            choice.setUserData(kind);
            choice.setSelected(editor.kindProperty().get() == kind);
            when.getChildren().add(choice);
            if (kind == TaskPlanEditor.Kind.WEEKDAYS) {
                when.getChildren().add(days(editor));
            }
        }
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                editor.kindProperty().set((TaskPlanEditor.Kind) now.getUserData());
            }
        });
        Spinner<Integer> times = new Spinner<>(1, 31, editor.timesProperty().get());
        times.setId("planTimes");
        times.setEditable(true);
        times.setPrefWidth(90);
        times.valueProperty().addListener((obs, old, now) -> editor.timesProperty().set(now == null ? 0 : now));
        HBox timesRow = new HBox(8, new Label(text.getString("plan.times")), times);
        timesRow.setAlignment(Pos.CENTER_LEFT);
        Shown.when(timesRow, editor.kindProperty().isEqualTo(TaskPlanEditor.Kind.TIMES_A_WEEK)
                .or(editor.kindProperty().isEqualTo(TaskPlanEditor.Kind.TIMES_A_MONTH)));
        when.getChildren().add(timesRow);

        CheckBox measured = new CheckBox(text.getString("plan.measured"));
        measured.setId("planMeasured");
        measured.selectedProperty().bindBidirectional(editor.measuredProperty());
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("planKind");
        kind.getItems().setAll(text.getString("plan.kind.atLeast"), text.getString("plan.kind.atMost"));
        kind.getSelectionModel().select(editor.atMostProperty().get() ? 1 : 0);
        kind.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                editor.atMostProperty().set(now.intValue() == 1));
        TextField amount = new TextField();
        amount.setId("planAmount");
        amount.setPrefColumnCount(6);
        amount.setPromptText(text.getString("plan.amount"));
        amount.textProperty().bindBidirectional(editor.amountProperty());
        TextField unit = new TextField();
        unit.setId("planUnit");
        unit.setPrefColumnCount(12);
        unit.setPromptText(text.getString("plan.unit"));
        unit.textProperty().bindBidirectional(editor.unitProperty());
        HBox target = new HBox(8, kind, amount, unit);
        target.setAlignment(Pos.CENTER_LEFT);
        target.disableProperty().bind(editor.measuredProperty().not());

        Label problem = new Label();
        problem.setId("planProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(editor.problemProperty());
        Shown.when(problem, Bindings.isNotEmpty(editor.problemProperty()));
        VBox content = new VBox(14, when, new VBox(8, measured, target), problem);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(460);
        return content;
    }

    private static HBox days(TaskPlanEditor editor) {
        HBox days = new HBox(4);
        days.setPadding(new Insets(0, 0, 0, 24));
        for (DayOfWeek day : TaskPlanEditor.week()) {
            ToggleButton button = new ToggleButton(TaskPlanEditor.dayName(day));
            button.setId("planDay-" + day.name());
            button.getStyleClass().add("day-toggle");
            button.setSelected(editor.days().contains(day));
            button.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    editor.days().add(day);
                    editor.kindProperty().set(TaskPlanEditor.Kind.WEEKDAYS);
                } else {
                    editor.days().remove(day);
                }
            });
            days.getChildren().add(button);
        }
        return days;
    }

    private static Label sectionTitle(String words) {
        Label title = new Label(words);
        title.getStyleClass().add("section-title");
        return title;
    }
}
