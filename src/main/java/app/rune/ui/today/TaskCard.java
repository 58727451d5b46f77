package app.rune.ui.today;

import app.rune.ui.common.KeyboardRating;
import app.rune.ui.common.LazyTooltip;
import app.rune.ui.common.Shown;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.Rating;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One task of the day as a card: the tick and title first; a chevron unfolds notes, the two ratings and, for a
 * task not done, why it did not happen. Every control is bound to a {@link TaskItem}; writes go through the
 * {@link TodayViewModel}.
 */
final class TaskCard extends VBox {
    private final TaskItem item;
    private final TodayViewModel viewModel;
    private final ResourceBundle text;

    TaskCard(TaskItem item, TodayViewModel viewModel, ResourceBundle text) {
        this.item = item;
        this.viewModel = viewModel;
        this.text = text;
        getStyleClass().add("task-card");
        setId("task-" + item.taskId());
        getChildren().addAll(header(), criteria(), skipped());
        item.amount().ifPresent(amount -> getChildren().add(new AmountRow(item, amount, viewModel, text)));
        addDetailsOnFirstUnfolding();
        item.completedProperty().addListener((obs, old, done) -> styleDone(done));
        styleDone(item.completedProperty().get());
    }

    /**
     * Notes, ratings and the skip form are built the first time the card unfolds: most cards are never unfolded
     * on a given day, and a hidden form still costs its styling and skins when the screen first shows.
     */
    private void addDetailsOnFirstUnfolding() {
        if (item.expandedProperty().get()) {
            getChildren().add(details());
            return;
        }
        item.expandedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean open) {
                if (open) {
                    observable.removeListener(this);
                    getChildren().add(details());
                }
            }
        });
    }

    private HBox header() {
        CheckBox check = new CheckBox(item.title());
        check.setId("check-" + item.taskId());
        check.setMnemonicParsing(false);
        check.setWrapText(true);
        check.getStyleClass().add("task-check");
        check.selectedProperty().bindBidirectional(item.completedProperty());
        check.disableProperty().bind(item.statusProperty().isEqualTo(TaskItem.Status.SAVING));
        if (item.number() <= 9) {
            LazyTooltip.install(check, MessageFormat.format(text.getString("today.toggle.tooltip"), item.number()));
        }
        Label minutes = new Label(item.minutes() == null ? "" : item.minutes() + " min");
        minutes.getStyleClass().add("task-minutes");
        minutes.setMinWidth(Region.USE_PREF_SIZE);
        // A week's or month's progress ("1 of 3 this week") or a measured amount ("12 / 20 pages").
        Label measure = new Label();
        measure.setId("measure-" + item.taskId());
        measure.getStyleClass().add("task-measure");
        measure.setMinWidth(Region.USE_PREF_SIZE);
        measure.textProperty().bind(item.amount().map(a -> Bindings.concat(a.shownProperty(),
                Bindings.when(item.periodTextProperty().isEmpty()).then("").otherwise(" \u00b7 "),
                item.periodTextProperty())).orElse(Bindings.concat(item.periodTextProperty())));
        Shown.when(measure, measure.textProperty().isNotEmpty());
        Label status = new Label();
        status.getStyleClass().add("task-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        item.statusProperty().addListener((obs, old, now) -> showStatus(status, now));
        Button chevron = new Button(null, new FontIcon("fth-chevron-down"));
        chevron.setId("details-" + item.taskId());
        chevron.getStyleClass().add("icon-button");
        LazyTooltip.install(chevron, text.getString("today.details"));
        chevron.setOnAction(e -> item.expandedProperty().set(!item.expandedProperty().get()));
        item.expandedProperty().addListener((obs, old, open) ->
                chevron.setGraphic(new FontIcon(open ? "fth-chevron-up" : "fth-chevron-down")));
        // The title takes the room there is and wraps; the rest keeps its size at the right.
        check.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(check, Priority.ALWAYS);
        HBox header = new HBox(12, check, status, measure, minutes, chevron);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void showStatus(Label status, TaskItem.Status now) {
        status.getStyleClass().removeAll("saved", "failed");
        switch (now) {
            case SAVING -> status.setText(text.getString("today.saving"));
            case SAVED -> {
                status.setText(text.getString("today.saved"));
                status.getStyleClass().add("saved");
            }
            case FAILED -> {
                status.setText(text.getString("today.failed"));
                status.getStyleClass().add("failed");
            }
            default -> status.setText("");
        }
    }

    private Label criteria() {
        Label criteria = new Label(item.successCriteria() == null ? "" : item.successCriteria());
        criteria.getStyleClass().add("task-criteria");
        criteria.setWrapText(true);
        Shown.when(criteria, Bindings.createBooleanBinding(() -> item.successCriteria() != null));
        return criteria;
    }

    private Label skipped() {
        Label skipped = new Label();
        skipped.textProperty().bind(item.skippedTextProperty());
        skipped.getStyleClass().add("task-skipped");
        skipped.setWrapText(true);
        Shown.when(skipped, item.skippedTextProperty().isNotEmpty());
        return skipped;
    }

    private VBox details() {
        TextArea notes = new TextArea();
        notes.setId("notes-" + item.taskId());
        notes.setPromptText(text.getString("today.notes.prompt"));
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(item.notesProperty());
        notes.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.commitDetails(item);
            }
        });
        // Tab moves on, as in every other field; the text area itself takes Ctrl+Tab for that, so pass it on.
        notes.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                notes.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
        HBox ratings = new HBox(24, rated("difficulty", text.getString("today.difficulty"), item.difficultyProperty()),
                rated("satisfaction", text.getString("today.satisfaction"), item.satisfactionProperty()));
        ratings.setAlignment(Pos.CENTER_LEFT);
        VBox details = new VBox(notes, ratings, skipSection());
        details.getStyleClass().add("task-details");
        Shown.when(details, item.expandedProperty());
        return details;
    }

    private HBox rated(String name, String label, IntegerProperty stars) {
        Rating rating = KeyboardRating.enable(new Rating(5));
        rating.setId(name + "-" + item.taskId());
        rating.setPartialRating(false);
        rating.setUpdateOnHover(false);
        rating.setRating(stars.get());
        stars.addListener((obs, old, now) -> rating.setRating(now.intValue()));
        rating.ratingProperty().addListener((obs, old, now) -> {
            if (now.intValue() != stars.get()) {
                stars.set(now.intValue());
                viewModel.commitDetails(item);
            }
        });
        HBox box = new HBox(8, new Label(label), rating);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox skipSection() {
        Label title = new Label(text.getString("today.skip.title"));
        title.getStyleClass().add("section-title");
        ComboBox<String> reason = new ComboBox<>();
        reason.setId("reason-" + item.taskId());
        reason.setEditable(true);
        reason.setPromptText(text.getString("today.skip.reason.prompt"));
        reason.getItems().setAll(viewModel.skipReasons());
        reason.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? "" : viewModel.label(code);
            }

            @Override
            public String fromString(String typed) {
                return viewModel.skipReasons().stream().filter(c -> viewModel.label(c).equalsIgnoreCase(typed.strip()))
                        .findFirst().orElse(typed.strip());
            }
        });
        reason.setValue(item.skipReasonProperty().get());
        item.skipReasonProperty().addListener((obs, old, now) -> {
            if (!now.equals(reason.getValue())) {
                reason.setValue(now);
            }
        });
        reason.valueProperty().addListener((obs, old, now) -> item.skipReasonProperty().set(now == null ? "" : now));
        reason.getEditor().textProperty().addListener((obs, old, typed) ->
                item.skipReasonProperty().set(reason.getConverter().fromString(typed)));
        reason.setPrefWidth(280);

        FlowPane tags = new FlowPane(6, 6);
        Runnable showTags = () -> tags.getChildren().setAll(item.obstacles().stream().map(this::tag).toList());
        item.obstacles().addListener((ListChangeListener<String>) c -> showTags.run());
        showTags.run();
        TextField addObstacle = new TextField();
        addObstacle.setId("obstacle-" + item.taskId());
        addObstacle.setPromptText(text.getString("today.skip.obstacle.prompt"));
        addObstacle.setPrefColumnCount(18);
        var completion = TextFields.bindAutoCompletion(addObstacle, request -> request.getUserText().isBlank()
                ? List.<String>of()
                : viewModel.coaching().obstacleSuggestions().stream().filter(s -> !item.obstacles().contains(s)
                        && s.toLowerCase().contains(request.getUserText().strip().toLowerCase())).toList());
        // Choosing a suggestion or pressing Enter adds the tag and leaves the field empty for the next one.
        completion.setOnAutoCompleted(e -> {
            addTag(e.getCompletion());
            Platform.runLater(addObstacle::clear);
        });
        addObstacle.setOnAction(e -> {
            if (addTag(addObstacle.getText())) {
                addObstacle.clear();
            }
            completion.getAutoCompletionPopup().hide();
        });
        Label obstacleProblem = new Label();
        obstacleProblem.setId("obstacle-problem-" + item.taskId());
        obstacleProblem.getStyleClass().add("field-error");
        obstacleProblem.setWrapText(true);
        obstacleProblem.textProperty().bind(item.obstacleProblemProperty());
        Shown.when(obstacleProblem, item.obstacleProblemProperty().isNotEmpty());
        addObstacle.textProperty().addListener((obs, old, now) -> item.clearObstacleProblem());
        FlowPane suggestions = new FlowPane(6, 6);
        Runnable showSuggestions = () -> suggestions.getChildren().setAll(viewModel.coaching().obstacleSuggestions().stream()
                .filter(s -> !item.obstacles().contains(s)).limit(6).map(s -> {
                    Button add = new Button("+ " + viewModel.label(s));
                    add.getStyleClass().add("tag-suggestion");
                    add.setOnAction(e -> addTag(s));
                    return add;
                }).toList());
        viewModel.coaching().obstacleSuggestions().addListener((ListChangeListener<String>) c -> showSuggestions.run());
        item.obstacles().addListener((ListChangeListener<String>) c -> showSuggestions.run());
        showSuggestions.run();

        Button save = new Button(text.getString("today.skip.save"), new FontIcon("fth-check"));
        save.setId("skip-" + item.taskId());
        save.disableProperty().bind(item.canSkipProperty().not());
        save.setOnAction(e -> viewModel.skip(item));
        Label obstaclesLabel = new Label(text.getString("today.skip.obstacles"));
        VBox section = new VBox(8, title, reason, obstaclesLabel, tags, new HBox(8, addObstacle), obstacleProblem,
                suggestions, save);
        Shown.when(section, item.completedProperty().not());
        return section;
    }

    private boolean addTag(String typed) {
        return viewModel.addObstacle(item, typed);
    }

    private HBox tag(String obstacle) {
        Button remove = new Button("\u00d7");
        LazyTooltip.install(remove, "Remove");
        remove.setOnAction(e -> item.obstacles().remove(obstacle));
        HBox tag = new HBox(new Label(viewModel.label(obstacle)), remove);
        tag.getStyleClass().add("tag");
        return tag;
    }

    private void styleDone(boolean done) {
        getStyleClass().remove("done");
        if (done) {
            getStyleClass().add("done");
        }
    }
}
