package app.rune.ui.settings;

import app.rune.model.Formality;
import app.rune.model.MotivationType;
import app.rune.model.ProgressCheckFrequency;
import app.rune.service.coach.ReminderStyle;
import app.rune.ui.common.Fxml;
import app.rune.ui.common.Shown;
import app.rune.ui.common.TagEditor;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.control.textfield.TextFields;

/** The Settings screen. Binds to {@link SettingsViewModel}; typed fields are committed when left or on Enter. */
public final class SettingsView {
    /** The cards' inner padding (rune.css's .card): the saved mark keeps to it. */
    private static final double CARD_PADDING = 24;

    @FXML private StackPane root;
    @FXML private VBox statusBox;
    @FXML private Label status;
    @FXML private SegmentedButton formality;
    @FXML private SegmentedButton motivation;
    @FXML private TextField culturalContext;
    @FXML private TextField checkInTime;
    @FXML private Label checkInTimeError;
    @FXML private ComboBox<String> timeZone;
    @FXML private Label timeZoneError;
    @FXML private ToggleSwitch dailyReminder;
    @FXML private TextField reminderTime;
    @FXML private Label reminderTimeError;
    @FXML private ChoiceBox<ReminderStyle> reminderStyle;
    @FXML private ChoiceBox<ProgressCheckFrequency> frequency;
    @FXML private VBox obstaclesHost;
    @FXML private VBox successHost;
    @FXML private TextField taskMinutes;
    @FXML private Label taskMinutesError;
    @FXML private TextField maxTasks;
    @FXML private Label maxTasksError;
    @FXML private TextField dayStart;
    @FXML private Label dayStartError;
    @FXML private SegmentedButton theme;
    @FXML private VBox cards;

    private final SettingsViewModel viewModel;
    private final ResourceBundle text;

    public SettingsView(SettingsViewModel viewModel, ResourceBundle text) {
        this.viewModel = viewModel;
        this.text = text;
        Fxml.load(this, text);
    }

    public Node root() {
        return root;
    }

    /** Adds a card below the person's own settings (Your data, which is the whole folder's). */
    public void addCard(Node card) {
        cards.getChildren().add(card);
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(viewModel.statusProperty());
        Shown.when(statusBox, viewModel.statusProperty().isNotEmpty());
        statusBox.translateXProperty().bind(cards.widthProperty().subtract(statusBox.widthProperty())
                .subtract(CARD_PADDING));
        segments(formality, Formality.values(), viewModel.formalityProperty(), "settings.formality.", "formality");
        segments(motivation, MotivationType.values(), viewModel.motivationProperty(), "settings.motivation.",
                "motivation");
        segments(theme, Theme.values(), viewModel.themeProperty(), "settings.theme.", "theme");
        typed(culturalContext, viewModel.culturalContextProperty(), null, null);
        typed(checkInTime, viewModel.checkInTimeProperty(), checkInTimeError, viewModel.checkInTimeErrorProperty());
        typed(reminderTime, viewModel.reminderTimeProperty(), reminderTimeError, viewModel.reminderTimeErrorProperty());
        typed(taskMinutes, viewModel.taskMinutesProperty(), taskMinutesError, viewModel.taskMinutesErrorProperty());
        typed(maxTasks, viewModel.maxTasksProperty(), maxTasksError, viewModel.maxTasksErrorProperty());
        typed(dayStart, viewModel.dayStartProperty(), dayStartError, viewModel.dayStartErrorProperty());
        typed(timeZone.getEditor(), viewModel.timeZoneProperty(), timeZoneError, viewModel.timeZoneErrorProperty());
        timeZone.getItems().setAll(SettingsViewModel.zoneChoices());
        timeZone.valueProperty().addListener((obs, old, zone) -> {
            if (zone != null) {
                viewModel.timeZoneProperty().set(zone);
                viewModel.commit();
            }
        });
        // Typing part of a city or "UTC+" offers the matching zones.
        TextFields.bindAutoCompletion(timeZone.getEditor(), request -> SettingsViewModel.zoneChoices().stream()
                .filter(z -> !request.getUserText().isBlank()
                        && z.toLowerCase(Locale.ROOT).contains(request.getUserText().toLowerCase(Locale.ROOT)))
                .limit(12).toList());
        dailyReminder.selectedProperty().bindBidirectional(viewModel.dailyReminderProperty());
        reminderTime.disableProperty().bind(viewModel.dailyReminderProperty().not());
        reminderStyle.getItems().setAll(ReminderStyle.values());
        reminderStyle.setConverter(labels("settings.reminderStyle."));
        reminderStyle.valueProperty().bindBidirectional(viewModel.reminderStyleProperty());
        frequency.getItems().setAll(ProgressCheckFrequency.values());
        frequency.setConverter(labels("settings.frequency."));
        frequency.valueProperty().bindBidirectional(viewModel.frequencyProperty());
        TagEditor obstacles = new TagEditor(viewModel.typicalObstacles(), text.getString("settings.obstacles.prompt"),
                tag -> tag.replace('_', ' '), viewModel::obstacleProblem);
        obstacles.input().setId("obstacleInput");
        obstaclesHost.getChildren().add(obstacles);
        TagEditor success = new TagEditor(viewModel.successPatterns(), text.getString("settings.success.prompt"),
                tag -> tag.replace('_', ' '), viewModel::successPatternProblem);
        success.input().setId("successInput");
        successHost.getChildren().add(success);
    }

    /** A row of toggle buttons for an enum, kept in step with the ViewModel both ways; one is always chosen. */
    private <E extends Enum<E>> void segments(SegmentedButton buttons, E[] values, ObjectProperty<E> property,
            String keyPrefix, String idPrefix) {
        for (E value : values) {
            ToggleButton button = new ToggleButton(text.getString(keyPrefix + value.name()));
            button.setId(idPrefix + value.name().charAt(0) + value.name().substring(1).toLowerCase(Locale.ROOT));
            button.setUserData(value);
            button.setOnAction(e -> {
                button.setSelected(true);
                property.set(value);
            });
            buttons.getButtons().add(button);
        }
        Runnable select = () -> buttons.getButtons().forEach(b -> b.setSelected(b.getUserData() == property.get()));
        property.addListener((obs, old, now) -> select.run());
        select.run();
    }

    private void typed(TextField field, StringProperty value, Label error,
            ReadOnlyStringProperty problem) {
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> viewModel.commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.commit();
            }
        });
        if (error != null) {
            error.textProperty().bind(problem);
            error.visibleProperty().bind(problem.isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
        }
    }

    private <E extends Enum<E>> StringConverter<E> labels(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : text.getString(prefix + value.name());
            }

            @Override
            public E fromString(String label) {
                return null;
            }
        };
    }
}
