package app.rune.ui.goal;

import app.rune.ui.common.Shown;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import app.rune.ui.common.LazyTooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.layout.Pane;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;

/**
 * The Goal screen's daily tasks card, bound to {@link TaskBreakdownViewModel}: the editable table (every word of
 * a task in sight), its buttons and keys, and Approve or Save. The controls come from {@link GoalView}'s FXML.
 */
final class TasksCard {
    private static final double ROW_HEIGHT = 34;
    private static final double HEADER_HEIGHT = 30;

    /** The card's controls, as the FXML made them. */
    record Controls(VBox card, Label count, Label intro, TableView<TaskRow> table, TableColumn<TaskRow, Number> priority,
            TableColumn<TaskRow, String> title, TableColumn<TaskRow, Integer> minutes,
            TableColumn<TaskRow, String> criteria, TableColumn<TaskRow, String> description, Button add,
            Button remove, Button up, Button down, Label problems, Label overload, Button approve, Label saved) {
    }

    private final TaskBreakdownViewModel tasks;
    private final Controls c;
    private final TableView<TaskRow> taskTable;

    TasksCard(TaskBreakdownViewModel tasks, Controls controls, ObservableValue<Boolean> shown, ResourceBundle text) {
        this.tasks = tasks;
        this.c = controls;
        this.taskTable = controls.table();
        Shown.when(c.card(), shown);
        taskTable.setItems(tasks.rows());
        c.count().textProperty().bind(tasks.countTextProperty());
        c.intro().textProperty().bind(Bindings.when(tasks.awaitingApprovalProperty())
                .then(text.getString("tasks.pending")).otherwise(text.getString("tasks.approved")));
        c.approve().textProperty().bind(Bindings.when(tasks.awaitingApprovalProperty())
                .then(text.getString("tasks.approve")).otherwise(text.getString("tasks.save")));
        c.approve().disableProperty().bind(tasks.canApproveProperty().not());
        c.problems().textProperty().bind(tasks.problemsProperty());
        Shown.when(c.problems(), tasks.problemsProperty().isNotEmpty());
        c.overload().textProperty().bind(tasks.overloadProperty());
        Shown.when(c.overload(), tasks.overloadProperty().isNotEmpty());
        c.saved().textProperty().bind(tasks.savedTextProperty());

        c.priority().setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                taskTable.getItems().indexOf(cell.getValue()) + 1));
        c.title().setCellValueFactory(cell -> cell.getValue().titleProperty());
        c.title().setCellFactory(column -> wrapping());
        c.minutes().setCellValueFactory(cell -> cell.getValue().minutesProperty());
        c.minutes().setCellFactory(TextFieldTableCell.forTableColumn(new MinutesConverter()));
        c.criteria().setCellValueFactory(cell -> cell.getValue().successCriteriaProperty());
        c.criteria().setCellFactory(column -> wrapping());
        c.description().setCellValueFactory(cell -> cell.getValue().descriptionProperty());
        c.description().setCellFactory(column -> wrapping());
        TableColumn<TaskRow, String> plan = addPlanColumn(text);
        // Every word in sight: rows as tall as their longest text, the table as tall as its rows (no inner
        // scroll bar, no ellipsis).
        new WholeTextRows<>(taskTable, ROW_HEIGHT, HEADER_HEIGHT, List.of(
                new WholeTextRows.Column<>(c.title(), row -> row.titleProperty().get()),
                new WholeTextRows.Column<>(c.criteria(), row -> row.successCriteriaProperty().get()),
                new WholeTextRows.Column<>(c.description(), row -> row.descriptionProperty().get()),
                new WholeTextRows.Column<>(plan, row -> TaskPlanEditor.describe(row.scheduleProperty().get(),
                        row.targetProperty().get(), text))));
        // Row numbers follow the order, which changes when rows move.
        tasks.rows().addListener((ListChangeListener<TaskRow>) change -> taskTable.refresh());

        var selected = taskTable.getSelectionModel().selectedItemProperty();
        var selectedIndex = taskTable.getSelectionModel().selectedIndexProperty();
        c.add().disableProperty().bind(tasks.canAddProperty().not());
        c.remove().disableProperty().bind(selected.isNull().or(tasks.busyProperty()));
        c.up().disableProperty().bind(selected.isNull().or(selectedIndex.lessThanOrEqualTo(0)));
        c.down().disableProperty().bind(selected.isNull()
                .or(selectedIndex.greaterThanOrEqualTo(Bindings.size(tasks.rows()).subtract(1))));
        taskTable.addEventFilter(KeyEvent.KEY_PRESSED, this::tableKeys);
    }

    /**
     * The plan ("Mon, Wed, Fri · 20 pages"), after the minutes, with a "Plan…" button beside the
     * table's other buttons; Ctrl+P or a double click on the cell opens the plan of the selected task too.
     */
    private TableColumn<TaskRow, String> addPlanColumn(ResourceBundle text) {
        TableColumn<TaskRow, String> plan = new TableColumn<>(text.getString("tasks.column.plan"));
        plan.setId("planColumn");
        plan.setSortable(false);
        plan.setEditable(false);
        plan.setMinWidth(150);
        plan.setPrefWidth(180);
        plan.setCellValueFactory(cell -> Bindings.createStringBinding(() -> TaskPlanEditor.describe(
                cell.getValue().scheduleProperty().get(), cell.getValue().targetProperty().get(), text),
                cell.getValue().scheduleProperty(), cell.getValue().targetProperty()));
        plan.setCellFactory(column -> {
            TableCell<TaskRow, String> cell = wrapping();
            cell.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && cell.getTableRow() != null && cell.getTableRow().getItem() != null) {
                    TaskPlanDialog.edit(cell.getTableRow().getItem(), taskTable.getScene().getWindow(), text);
                }
            });
            return cell;
        });
        taskTable.getColumns().add(taskTable.getColumns().indexOf(c.minutes()) + 1, plan);
        Button edit = new Button(text.getString("tasks.plan"), new FontIcon("fth-calendar"));
        edit.setId("planTaskButton");
        LazyTooltip.install(edit, text.getString("tasks.plan.tooltip"));
        edit.setAccessibleHelp(text.getString("tasks.plan.tooltip"));
        edit.disableProperty().bind(taskTable.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editPlan(text));
        if (c.add().getParent() instanceof Pane buttons) {
            buttons.getChildren().add(buttons.getChildren().indexOf(c.add()) + 1, edit);
        }
        taskTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.P && taskTable.getEditingCell() == null) {
                editPlan(text);
                e.consume();
            }
        });
        return plan;
    }

    private void editPlan(ResourceBundle text) {
        TaskRow row = taskTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            TaskPlanDialog.edit(row, taskTable.getScene().getWindow(), text);
            taskTable.requestFocus();
        }
    }

    private static TableCell<TaskRow, String> wrapping() {
        TextFieldTableCell<TaskRow, String> cell = new TextFieldTableCell<>(new DefaultStringConverter());
        cell.setWrapText(true);
        return cell;
    }

    /** Alt+Up/Down move the selected task, Insert adds one, Delete removes the selected one. */
    private void tableKeys(KeyEvent event) {
        if (taskTable.getEditingCell() != null) {
            return;
        }
        if (event.isAltDown() && event.getCode() == KeyCode.UP) {
            moveSelected(true);
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
            moveSelected(false);
        } else if (event.getCode() == KeyCode.INSERT && !c.add().isDisabled()) {
            add();
        } else if (event.getCode() == KeyCode.DELETE && !c.remove().isDisabled()) {
            remove();
        } else {
            return;
        }
        event.consume();
    }

    void add() {
        TaskRow row = tasks.add();
        taskTable.getSelectionModel().select(row);
        taskTable.requestFocus();
        taskTable.edit(taskTable.getItems().indexOf(row), c.title());
    }

    void remove() {
        TaskRow row = taskTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            tasks.remove(row);
        }
    }

    void moveSelected(boolean up) {
        TaskRow row = taskTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (up) {
            tasks.moveUp(row);
        } else {
            tasks.moveDown(row);
        }
        taskTable.getSelectionModel().select(row);
        taskTable.requestFocus();
    }

    void approve() {
        tasks.approve();
    }
}
