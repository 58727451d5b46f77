package app.rune.ui.goal;

import app.rune.model.GoalStatus;
import app.rune.ui.common.DateText;
import app.rune.ui.common.Dialogs;
import app.rune.ui.common.Fxml;
import app.rune.ui.common.LazyTooltip;
import app.rune.ui.common.Scrolling;
import app.rune.ui.common.Shown;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Goal screen. Binds to {@link GoalViewModel}; the only logic here is which control shows what. */
public final class GoalView {
    private static final double ROW_HEIGHT = 34;
    private static final double HEADER_HEIGHT = 30;
    private static final KeyCombination REVIEW = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    @FXML private ScrollPane root;
    @FXML private VBox welcomeCard;
    @FXML private VBox currentCard;
    @FXML private Label statusChip;
    @FXML private Label currentTitle;
    @FXML private Label currentTarget;
    @FXML private Label closedNote;
    @FXML private Button refineButton;
    @FXML private Button pauseButton;
    @FXML private Button resumeButton;
    @FXML private Button completeButton;
    @FXML private Button abandonButton;
    @FXML private Button startNewButton;
    @FXML private VBox enterCard;
    @FXML private Label enterTitle;
    @FXML private TextArea goalInput;
    @FXML private Label goalInputError;
    @FXML private Button reviewButton;
    @FXML private Button cancelEntryButton;
    @FXML private VBox reviewBox;
    @FXML private GridPane findingsBox;
    @FXML private Label reviewSummary;
    @FXML private TextField refinedGoal;
    @FXML private DatePicker targetDate;
    @FXML private Label refinedGoalError;
    @FXML private Label targetDateError;
    @FXML private Button acceptRefinementButton;
    @FXML private Label errorMessage;
    @FXML private VBox tasksCard;
    @FXML private Label taskCount;
    @FXML private Label tasksIntro;
    @FXML private TableView<TaskRow> taskTable;
    @FXML private TableColumn<TaskRow, Number> priorityColumn;
    @FXML private TableColumn<TaskRow, String> titleColumn;
    @FXML private TableColumn<TaskRow, Integer> minutesColumn;
    @FXML private TableColumn<TaskRow, String> criteriaColumn;
    @FXML private TableColumn<TaskRow, String> descriptionColumn;
    @FXML private Button addTaskButton;
    @FXML private Button removeTaskButton;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private Label taskProblems;
    @FXML private Button approveTasksButton;
    @FXML private Label savedMark;
    @FXML private TitledPane historyPane;
    @FXML private ListView<String> historyList;
    @FXML private ListView<String> archivedList;

    private final GoalViewModel viewModel;
    private final ResourceBundle text;

    public GoalView(GoalViewModel viewModel, ResourceBundle text) {
        this.viewModel = viewModel;
        this.text = text;
        Fxml.load(this, text);
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(GoalView.class.getResource("goal.css").toExternalForm());
        LazyTooltip.fromAccessibleHelp(reviewButton, acceptRefinementButton, addTaskButton, removeTaskButton,
                moveUpButton, moveDownButton);
        Shown.when(welcomeCard, viewModel.newcomerProperty());
        bindCurrentGoal();
        bindEntry();
        bindTasks();
        historyList.setItems(viewModel.history());
        archivedList.setItems(viewModel.archived());
        historyPane.visibleProperty().bind(Bindings.isNotEmpty(viewModel.history())
                .or(Bindings.isNotEmpty(viewModel.archived())));
        Shown.when(errorMessage, viewModel.errorMessageProperty().isNotEmpty());
        errorMessage.textProperty().bind(viewModel.errorMessageProperty());
    }

    private void bindCurrentGoal() {
        var current = viewModel.modeProperty().isEqualTo(GoalViewModel.Mode.CURRENT).and(viewModel.hasGoalProperty());
        Shown.when(currentCard, current);
        // A newly accepted goal is read from the top.
        viewModel.modeProperty().addListener((obs, old, mode) -> {
            if (mode == GoalViewModel.Mode.CURRENT) {
                root.setVvalue(0);
            }
        });
        currentTitle.textProperty().bind(viewModel.currentTitleProperty());
        currentTarget.textProperty().bind(viewModel.currentTargetProperty());
        statusChip.textProperty().bind(viewModel.currentStatusTextProperty());
        viewModel.currentStatusProperty().addListener((obs, old, status) -> styleStatus(status));
        closedNote.textProperty().bind(viewModel.closedNoteProperty());
        Shown.when(closedNote, viewModel.closedNoteProperty().isNotEmpty());
        var status = viewModel.currentStatusProperty();
        Shown.when(refineButton, viewModel.goalIsOpenProperty());
        Shown.when(pauseButton, status.isEqualTo(GoalStatus.ACTIVE));
        Shown.when(resumeButton, status.isEqualTo(GoalStatus.PAUSED));
        Shown.when(completeButton, viewModel.goalIsOpenProperty());
        Shown.when(abandonButton, viewModel.goalIsOpenProperty());
        Shown.when(startNewButton, viewModel.goalIsOpenProperty().not());
        for (Button b : new Button[] {refineButton, pauseButton, resumeButton, completeButton, abandonButton,
            startNewButton}) {
            b.disableProperty().bind(viewModel.busyProperty());
        }
    }

    private void styleStatus(GoalStatus status) {
        statusChip.getStyleClass().removeAll("paused", "closed");
        if (status == GoalStatus.PAUSED) {
            statusChip.getStyleClass().add("paused");
        } else if (status == GoalStatus.COMPLETED || status == GoalStatus.ABANDONED) {
            statusChip.getStyleClass().add("closed");
        }
    }

    private void bindEntry() {
        Shown.when(enterCard, viewModel.modeProperty().isEqualTo(GoalViewModel.Mode.ENTER));
        enterTitle.textProperty().bind(Bindings.when(viewModel.goalIsOpenProperty())
                .then(text.getString("goal.enter.refineTitle")).otherwise(text.getString("goal.enter.title")));
        goalInput.textProperty().bindBidirectional(viewModel.goalInputProperty());
        goalInput.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (REVIEW.match(event)) {
                viewModel.review();
                event.consume();
            }
        });
        goalInputError.textProperty().bind(viewModel.goalInputErrorProperty());
        Shown.when(goalInputError, viewModel.goalInputErrorProperty().isNotEmpty());
        reviewButton.disableProperty().bind(viewModel.canReviewProperty().not());
        Shown.when(cancelEntryButton, viewModel.canCancelEntryProperty());

        Shown.when(reviewBox, viewModel.reviewProperty().isNotNull());
        viewModel.findings().addListener((ListChangeListener<FindingItem>) change -> showFindings());
        reviewSummary.textProperty().bind(viewModel.reviewSummaryProperty());
        refinedGoal.textProperty().bindBidirectional(viewModel.refinedGoalProperty());
        // The date field writes the date as the proposal and the goal's header do.
        targetDate.setConverter(DateText.ofDefaultLocale().converter());
        targetDate.valueProperty().bindBidirectional(viewModel.targetDateProperty());
        targetDate.getEditor().textProperty().addListener((obs, old, typed) -> commitTypedDate());
        refinedGoalError.textProperty().bind(viewModel.refinedGoalErrorProperty());
        targetDateError.textProperty().bind(viewModel.targetDateErrorProperty());
        acceptRefinementButton.disableProperty().bind(viewModel.canAcceptProperty().not());
        viewModel.reviewProperty().addListener((obs, old, review) -> {
            if (review != null) {
                refinedGoal.requestFocus();
                // The review opens below the form: bring it, and its Accept button, into sight.
                Scrolling.intoViewLater(root, reviewBox);
            }
        });
    }

    /** A date typed into the picker counts as soon as it parses, without waiting for Enter. */
    private void commitTypedDate() {
        try {
            var parsed = targetDate.getConverter().fromString(targetDate.getEditor().getText());
            if (parsed != null) {
                targetDate.setValue(parsed);
            }
        } catch (RuntimeException notADateYet) {
            // Still typing; the picker keeps its last good value.
        }
    }

    private void showFindings() {
        findingsBox.getChildren().clear();
        int row = 0;
        for (FindingItem item : viewModel.findings()) {
            FontIcon icon = new FontIcon(item.met() ? "fth-check-circle" : "fth-alert-circle");
            Label criterion = new Label(item.criterion(), icon);
            criterion.getStyleClass().addAll("finding", item.met() ? "met" : "missing", "finding-criterion");
            criterion.setId("finding" + item.criterion().replace(" ", ""));
            criterion.setMinWidth(Region.USE_PREF_SIZE);
            Label words = new Label(item.text());
            words.setWrapText(true);
            words.getStyleClass().add("card-text");
            findingsBox.addRow(row++, criterion, words);
        }
    }

    private void bindTasks() {
        TaskBreakdownViewModel tasks = viewModel.tasks();
        Shown.when(tasksCard, viewModel.modeProperty().isEqualTo(GoalViewModel.Mode.CURRENT)
                .and(viewModel.hasGoalProperty()));
        taskTable.setItems(tasks.rows());
        taskCount.textProperty().bind(tasks.countTextProperty());
        tasksIntro.textProperty().bind(Bindings.when(tasks.awaitingApprovalProperty())
                .then(text.getString("tasks.pending")).otherwise(text.getString("tasks.approved")));
        approveTasksButton.textProperty().bind(Bindings.when(tasks.awaitingApprovalProperty())
                .then(text.getString("tasks.approve")).otherwise(text.getString("tasks.save")));
        approveTasksButton.disableProperty().bind(tasks.canApproveProperty().not());
        taskProblems.textProperty().bind(tasks.problemsProperty());
        Shown.when(taskProblems, tasks.problemsProperty().isNotEmpty());
        savedMark.textProperty().bind(tasks.savedTextProperty());

        priorityColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                taskTable.getItems().indexOf(cell.getValue()) + 1));
        titleColumn.setCellValueFactory(cell -> cell.getValue().titleProperty());
        titleColumn.setCellFactory(column -> wrapping());
        minutesColumn.setCellValueFactory(cell -> cell.getValue().minutesProperty());
        minutesColumn.setCellFactory(TextFieldTableCell.forTableColumn(new MinutesConverter()));
        criteriaColumn.setCellValueFactory(cell -> cell.getValue().successCriteriaProperty());
        criteriaColumn.setCellFactory(column -> wrapping());
        descriptionColumn.setCellValueFactory(cell -> cell.getValue().descriptionProperty());
        descriptionColumn.setCellFactory(column -> wrapping());
        // Every word in sight: rows as tall as their longest text, the table as tall as its rows (no inner
        // scroll bar, no ellipsis).
        new WholeTextRows<>(taskTable, ROW_HEIGHT, HEADER_HEIGHT, List.of(
                new WholeTextRows.Column<>(titleColumn, row -> row.titleProperty().get()),
                new WholeTextRows.Column<>(criteriaColumn, row -> row.successCriteriaProperty().get()),
                new WholeTextRows.Column<>(descriptionColumn, row -> row.descriptionProperty().get())));
        // Row numbers follow the order, which changes when rows move.
        tasks.rows().addListener((ListChangeListener<TaskRow>) change -> taskTable.refresh());

        var selected = taskTable.getSelectionModel().selectedItemProperty();
        var selectedIndex = taskTable.getSelectionModel().selectedIndexProperty();
        addTaskButton.disableProperty().bind(tasks.canAddProperty().not());
        removeTaskButton.disableProperty().bind(selected.isNull().or(tasks.busyProperty()));
        moveUpButton.disableProperty().bind(selected.isNull().or(selectedIndex.lessThanOrEqualTo(0)));
        moveDownButton.disableProperty().bind(selected.isNull()
                .or(selectedIndex.greaterThanOrEqualTo(Bindings.size(tasks.rows()).subtract(1))));
        taskTable.addEventFilter(KeyEvent.KEY_PRESSED, this::tableKeys);
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
            moveUp();
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
            moveDown();
        } else if (event.getCode() == KeyCode.INSERT && !addTaskButton.isDisabled()) {
            addTask();
        } else if (event.getCode() == KeyCode.DELETE && !removeTaskButton.isDisabled()) {
            removeTask();
        } else {
            return;
        }
        event.consume();
    }

    @FXML
    private void review() {
        viewModel.review();
    }

    @FXML
    private void accept() {
        viewModel.acceptRefinement();
    }

    @FXML
    private void cancelEntry() {
        viewModel.cancelEntry();
    }

    @FXML
    private void refine() {
        viewModel.refineCurrent();
        goalInput.requestFocus();
    }

    @FXML
    private void pause() {
        viewModel.pause();
    }

    @FXML
    private void resume() {
        viewModel.resume();
    }

    @FXML
    private void complete() {
        if (confirm("goal.action.complete.confirm")) {
            viewModel.complete();
        }
    }

    @FXML
    private void abandon() {
        if (confirm("goal.action.abandon.confirm")) {
            viewModel.abandon();
        }
    }

    @FXML
    private void startNew() {
        viewModel.startNewGoal();
        goalInput.requestFocus();
    }

    private boolean confirm(String key) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                MessageFormat.format(text.getString(key), viewModel.currentTitleProperty().get()),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        return Dialogs.styled(alert).showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @FXML
    private void addTask() {
        TaskRow row = viewModel.tasks().add();
        taskTable.getSelectionModel().select(row);
        taskTable.requestFocus();
        taskTable.edit(taskTable.getItems().indexOf(row), titleColumn);
    }

    @FXML
    private void removeTask() {
        TaskRow row = taskTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.tasks().remove(row);
        }
    }

    @FXML
    private void moveUp() {
        moveSelected(true);
    }

    @FXML
    private void moveDown() {
        moveSelected(false);
    }

    private void moveSelected(boolean up) {
        TaskRow row = taskTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (up) {
            viewModel.tasks().moveUp(row);
        } else {
            viewModel.tasks().moveDown(row);
        }
        taskTable.getSelectionModel().select(row);
        taskTable.requestFocus();
    }

    @FXML
    private void approveTasks() {
        viewModel.tasks().approve();
    }
}
