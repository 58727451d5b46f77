package app.rune.ui.goal;

import app.rune.model.GoalStatus;
import app.rune.ui.common.DateText;
import app.rune.ui.common.Dialogs;
import app.rune.ui.common.Fxml;
import app.rune.ui.common.LazyTooltip;
import app.rune.ui.common.Scrolling;
import app.rune.ui.common.Shown;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Goal screen. Binds to {@link GoalViewModel}; the only logic here is which control shows what. */
public final class GoalView {
    private static final KeyCombination REVIEW = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    /** A goal not described yet: its place says what to write, in a quieter voice. */
    private static final PseudoClass UNSAID = PseudoClass.getPseudoClass("unsaid");

    @FXML private ScrollPane root;
    @FXML private VBox welcomeCard;
    @FXML private VBox goalsCard;
    @FXML private VBox goalRows;
    @FXML private Button newGoalButton;
    @FXML private Label goalsFullNote;
    @FXML private Label focusChip;
    @FXML private Button focusButton;
    @FXML private Button anotherGoalButton;
    @FXML private VBox currentCard;
    @FXML private Label statusChip;
    @FXML private Label currentTitle;
    @FXML private Label currentTarget;
    @FXML private Label currentDescription;
    @FXML private Button editDescriptionButton;
    @FXML private VBox descriptionEditor;
    @FXML private TextArea descriptionInput;
    @FXML private Label descriptionInputError;
    @FXML private Button saveDescriptionButton;
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
    @FXML private TextArea proposedDescription;
    @FXML private Label proposedDescriptionError;
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
    @FXML private Label taskOverload;
    @FXML private Label savedMark;
    @FXML private TitledPane historyPane;
    @FXML private ListView<String> historyList;
    @FXML private ListView<String> archivedList;

    private final GoalViewModel viewModel;
    private final ResourceBundle text;
    private TasksCard tasks;

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
                moveUpButton, moveDownButton, editDescriptionButton, newGoalButton, focusButton,
                anotherGoalButton);
        Shown.when(welcomeCard, viewModel.newcomerProperty());
        new GoalsCard(viewModel, new GoalsCard.Controls(goalsCard, goalRows, newGoalButton, goalsFullNote),
                Bindings.size(viewModel.goals()).greaterThan(1), text);
        bindCurrentGoal();
        bindDescription();
        bindEntry();
        tasks = new TasksCard(viewModel.tasks(), new TasksCard.Controls(tasksCard, taskCount, tasksIntro, taskTable,
                priorityColumn, titleColumn, minutesColumn, criteriaColumn, descriptionColumn, addTaskButton,
                removeTaskButton, moveUpButton, moveDownButton, taskProblems, taskOverload, approveTasksButton,
                savedMark),
                viewModel.modeProperty().isEqualTo(GoalViewModel.Mode.CURRENT).and(viewModel.hasGoalProperty()), text);
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
        Shown.when(focusChip, viewModel.shownIsFocusProperty().and(Bindings.size(viewModel.goals()).greaterThan(1)));
        Shown.when(focusButton, viewModel.shownIsFocusProperty().not().and(viewModel.goalIsOpenProperty()));
        // With one goal there is no list: a second one starts from the goal's own buttons.
        Shown.when(anotherGoalButton, viewModel.goalIsOpenProperty().and(viewModel.roomForAnotherProperty())
                .and(Bindings.size(viewModel.goals()).isEqualTo(1)));
        for (Button b : new Button[] {refineButton, pauseButton, resumeButton, completeButton, abandonButton,
            startNewButton, focusButton, anotherGoalButton}) {
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

    /** What reaching the goal looks like, under the goal: its words (or what to write), edited in place. */
    private void bindDescription() {
        GoalDescriptionViewModel description = viewModel.description();
        var editing = description.editingProperty();
        currentDescription.textProperty().bind(description.shownProperty());
        description.describedProperty().addListener((obs, was, described) ->
                currentDescription.pseudoClassStateChanged(UNSAID, !described));
        currentDescription.pseudoClassStateChanged(UNSAID, !description.describedProperty().get());
        Shown.when(currentDescription, editing.not());
        Shown.when(editDescriptionButton, editing.not().and(viewModel.goalIsOpenProperty()));
        Shown.when(descriptionEditor, editing);
        descriptionInput.textProperty().bindBidirectional(description.draftProperty());
        descriptionInputError.textProperty().bind(description.errorProperty());
        Shown.when(descriptionInputError, description.errorProperty().isNotEmpty());
        saveDescriptionButton.disableProperty().bind(description.canSaveProperty().not());
        editDescriptionButton.disableProperty().bind(viewModel.busyProperty());
    }

    private void bindEntry() {
        GoalEntryViewModel entry = viewModel.entry();
        Shown.when(enterCard, viewModel.entryShownProperty());
        enterTitle.textProperty().bind(Bindings.when(viewModel.goalIsOpenProperty())
                .then(text.getString("goal.enter.refineTitle")).otherwise(text.getString("goal.enter.title")));
        goalInput.textProperty().bindBidirectional(entry.goalInputProperty());
        goalInput.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (REVIEW.match(event)) {
                entry.review();
                event.consume();
            }
        });
        goalInputError.textProperty().bind(entry.goalInputErrorProperty());
        Shown.when(goalInputError, entry.goalInputErrorProperty().isNotEmpty());
        reviewButton.disableProperty().bind(entry.canReviewProperty().not());
        Shown.when(cancelEntryButton, viewModel.canCancelEntryProperty());

        Shown.when(reviewBox, entry.reviewProperty().isNotNull());
        entry.findings().addListener((ListChangeListener<FindingItem>) change -> showFindings());
        reviewSummary.textProperty().bind(entry.reviewSummaryProperty());
        refinedGoal.textProperty().bindBidirectional(entry.refinedGoalProperty());
        // The date field writes the date as the proposal and the goal's header do.
        targetDate.setConverter(DateText.ofDefaultLocale().converter());
        targetDate.valueProperty().bindBidirectional(entry.targetDateProperty());
        targetDate.getEditor().textProperty().addListener((obs, old, typed) -> commitTypedDate());
        refinedGoalError.textProperty().bind(entry.refinedGoalErrorProperty());
        targetDateError.textProperty().bind(entry.targetDateErrorProperty());
        proposedDescription.textProperty().bindBidirectional(entry.descriptionProperty());
        proposedDescriptionError.textProperty().bind(entry.descriptionErrorProperty());
        Shown.when(proposedDescriptionError, entry.descriptionErrorProperty().isNotEmpty());
        acceptRefinementButton.disableProperty().bind(entry.canAcceptProperty().not());
        entry.reviewProperty().addListener((obs, old, review) -> {
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
        for (FindingItem item : viewModel.entry().findings()) {
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

    @FXML
    private void review() {
        viewModel.entry().review();
    }

    @FXML
    private void accept() {
        viewModel.entry().acceptRefinement();
    }

    @FXML
    private void editDescription() {
        viewModel.description().edit();
        descriptionInput.requestFocus();
    }

    @FXML
    private void saveDescription() {
        viewModel.description().save();
    }

    @FXML
    private void cancelDescription() {
        viewModel.description().cancel();
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
    private void makeFocus() {
        viewModel.makeFocus();
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
        tasks.add();
    }

    @FXML
    private void removeTask() {
        tasks.remove();
    }

    @FXML
    private void moveUp() {
        tasks.moveSelected(true);
    }

    @FXML
    private void moveDown() {
        tasks.moveSelected(false);
    }

    /** Past the daily limit with the other goals' tasks, the person is asked first; they may go on. */
    @FXML
    private void approveTasks() {
        String overload = viewModel.tasks().overloadProperty().get();
        if (!overload.isEmpty()) {
            ButtonType go = new ButtonType(text.getString("tasks.overload.go"), ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, overload + " " + text.getString("tasks.overload.ask"),
                    go, ButtonType.CANCEL);
            alert.initOwner(root.getScene().getWindow());
            alert.setHeaderText(null);
            if (Dialogs.styled(alert).showAndWait().filter(go::equals).isEmpty()) {
                return;
            }
        }
        tasks.approve();
    }
}
