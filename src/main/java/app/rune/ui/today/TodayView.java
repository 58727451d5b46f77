package app.rune.ui.today;

import app.rune.service.today.ObstacleAlert;
import app.rune.service.today.ObstacleOption;
import app.rune.ui.common.Fxml;
import app.rune.ui.common.KeyboardRating;
import app.rune.ui.common.LazyTooltip;
import app.rune.ui.common.Scrolling;
import app.rune.ui.common.Shown;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.List;
import java.util.ArrayList;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.ChangeListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.Rating;
import org.controlsfx.control.ToggleSwitch;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Today screen. Binds to {@link TodayViewModel}; digits 1 to 9 tick task N and Ctrl+Enter saves the
 * check-in while the screen is showing.
 */
public final class TodayView {
    private static final KeyCombination SAVE_CHECK_IN = new KeyCodeCombination(KeyCode.ENTER,
            KeyCombination.SHORTCUT_DOWN);

    @FXML private ScrollPane root;
    @FXML private Label dayTitle;
    @FXML private Label dateText;
    @FXML private Label progressText;
    @FXML private Button previousDay;
    @FXML private HBox dayChips;
    @FXML private Button nextDay;
    @FXML private VBox alertPlace;
    @FXML private Label errorMessage;
    @FXML private VBox todayList;
    @FXML private VBox emptyPlace;
    @FXML private VBox checkInPlace;
    @FXML private VBox checkInCard;
    @FXML private Rating dayRating;
    @FXML private MoodChips moodChips;
    @FXML private ToggleSwitch restDayToggle;
    @FXML private Button saveCheckInButton;
    @FXML private Label checkInStatus;

    private final TodayViewModel viewModel;
    private final ResourceBundle text;
    private final Runnable goToGoal;
    private final ToggleGroup dayGroup = new ToggleGroup();
    /** Kept, so the same handler that was added can be removed. */
    private final EventHandler<KeyEvent> shortcuts = this::shortcuts;

    public TodayView(TodayViewModel viewModel, ResourceBundle text, Runnable goToGoal) {
        this.viewModel = viewModel;
        this.text = text;
        this.goToGoal = goToGoal;
        Fxml.load(this, text);
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(TodayView.class.getResource("today.css").toExternalForm());
        LazyTooltip.fromAccessibleHelp(previousDay, nextDay);
        dayTitle.textProperty().bind(viewModel.heading().dayTitleProperty());
        dateText.textProperty().bind(viewModel.heading().dateTextProperty());
        progressText.textProperty().bind(viewModel.heading().progressTextProperty());
        previousDay.disableProperty().bind(viewModel.heading().canGoBackProperty().not());
        nextDay.disableProperty().bind(viewModel.heading().canGoForwardProperty().not());
        viewModel.heading().days().addListener((ListChangeListener<DayChip>) c -> showDays());
        viewModel.heading().dateProperty().addListener((obs, old, day) -> selectChip());

        viewModel.tasks().addListener((ListChangeListener<TaskItem>) c -> showTasks());
        // No plan yet says where to make one; a day with nothing due says so above the week's tasks, if any.
        Shown.madeWhen(emptyPlace, viewModel.loadedProperty().and(Bindings.isEmpty(viewModel.tasks()))
                .and(viewModel.heading().nothingDueProperty().not()), this::emptyCard);
        viewModel.heading().nothingDueProperty().addListener((obs, was, now) -> showTasks());
        Shown.when(checkInPlace, viewModel.loadedProperty());

        Shown.madeWhen(alertPlace, viewModel.coaching().alertProperty().isNotNull(), this::alertCard);
        errorMessage.textProperty().bind(viewModel.errorMessageProperty());
        Shown.when(errorMessage, viewModel.errorMessageProperty().isNotEmpty());

        afterFirstFrame(this::makeCheckIn);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
        });
    }

    /**
     * Runs {@code make} just after the first frame this screen is in: what is below the day's tasks (the evening
     * check-in, with its star rating and switch, each with its own style sheet) need not hold up the first sight of
     * them. It comes a frame later.
     */
    private void afterFirstFrame(Runnable make) {
        if (root.getScene() != null) {
            afterFirstFrame(root.getScene(), make);
        } else {
            root.sceneProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                    if (scene != null) {
                        obs.removeListener(this);
                        afterFirstFrame(scene, make);
                    }
                }
            });
        }
    }

    private static void afterFirstFrame(Scene scene, Runnable make) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> Platform.runLater(() -> {
            // Removed here, not during the pulse that calls it.
            if (listener[0] != null) {
                scene.removePostLayoutPulseListener(listener[0]);
                listener[0] = null;
                make.run();
            }
        });
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private void makeCheckIn() {
        if (checkInCard != null) {
            return;
        }
        VBox card = Fxml.load(this, "TodayCheckIn", text);
        LazyTooltip.fromAccessibleHelp(saveCheckInButton);
        bindCheckIn();
        checkInPlace.getChildren().setAll(card);
    }

    private void bindCheckIn() {
        KeyboardRating.enable(dayRating);
        dayRating.setRating(viewModel.checkIn().dayRatingProperty().get());
        viewModel.checkIn().dayRatingProperty().addListener((obs, old, now) -> dayRating.setRating(now.intValue()));
        dayRating.ratingProperty().addListener((obs, old, now) -> viewModel.checkIn().dayRatingProperty().set(now.intValue()));
        moodChips.bind(viewModel.checkIn().moodProperty(), viewModel.moods(), text);
        restDayToggle.selectedProperty().bindBidirectional(viewModel.checkIn().restDayProperty());
        saveCheckInButton.disableProperty().bind(viewModel.checkIn().canSaveProperty().not());
        checkInStatus.textProperty().bind(viewModel.checkIn().statusProperty());
    }

    /** Digits tick tasks unless a text field is taking them; the screen must be the one showing. */
    private void shortcuts(KeyEvent event) {
        if (root.getParent() == null || !root.isVisible()) {
            return;
        }
        if (SAVE_CHECK_IN.match(event)) {
            viewModel.saveCheckIn();
            event.consume();
            return;
        }
        Scene scene = root.getScene();
        // A focused text field or star rating takes its own digits.
        boolean typing = scene != null && (scene.getFocusOwner() instanceof TextInputControl
                || scene.getFocusOwner() instanceof Rating);
        if (!typing && !event.isShortcutDown() && !event.isAltDown() && event.getCode().isDigitKey()) {
            int number = digit(event.getCode());
            if (number >= 1) {
                viewModel.toggle(number);
                event.consume();
            }
        }
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }

    /**
     * The day's own tasks, then under their heading the week's and month's; with several goals, each goal's tasks
     * under its title instead (its week's and month's last, each saying how far it is). A day with nothing due
     * says so calmly above them.
     */
    private void showTasks() {
        List<Node> cards = new ArrayList<>();
        if (viewModel.heading().nothingDueProperty().get()) {
            Label calm = new Label(text.getString("today.nothingDue"));
            calm.setId("nothingDue");
            calm.getStyleClass().add("muted");
            calm.setWrapText(true);
            cards.add(calm);
        }
        boolean byGoal = viewModel.tasks().stream().map(TaskItem::goalTitle).distinct().count() > 1;
        boolean headed = false;
        String goal = null;
        for (TaskItem item : viewModel.tasks()) {
            if (byGoal && !item.goalTitle().equals(goal)) {
                goal = item.goalTitle();
                cards.add(sectionTitle(goal.isEmpty() ? text.getString("today.goal.none") : goal, "goal-heading"));
            } else if (!byGoal && item.flexible() && !headed) {
                Label heading = sectionTitle(text.getString("today.flexible.title"), null);
                heading.setId("flexibleTitle");
                cards.add(heading);
                headed = true;
            }
            TaskCard card = new TaskCard(item, viewModel, text);
            // A card that unfolds is brought into sight, whole if it fits.
            item.expandedProperty().addListener((obs, was, open) -> {
                if (open) {
                    Scrolling.intoViewLater(root, card);
                }
            });
            cards.add(card);
        }
        todayList.getChildren().setAll(cards);
    }

    private static Label sectionTitle(String words, String styleClass) {
        Label heading = new Label(words);
        heading.getStyleClass().add("section-title");
        if (styleClass != null) {
            heading.getStyleClass().add(styleClass);
        }
        heading.setWrapText(true);
        return heading;
    }

    private void showDays() {
        dayChips.getChildren().clear();
        for (DayChip chip : viewModel.heading().days()) {
            Region mark = new Region();
            mark.getStyleClass().add("chip-mark");
            ToggleButton button = new ToggleButton(chip.weekday() + "\n" + chip.dayOfMonth(), mark);
            button.setUserData(chip.date());
            button.setToggleGroup(dayGroup);
            button.getStyleClass().addAll("day-chip", chip.state().name().toLowerCase(Locale.ROOT));
            if (chip.today()) {
                button.getStyleClass().add("today");
            }
            LazyTooltip.install(button, chip.date().toString());
            button.setOnAction(e -> {
                button.setSelected(true);
                viewModel.selectDay(chip.date());
            });
            dayChips.getChildren().add(button);
        }
        selectChip();
    }

    private void selectChip() {
        for (Node node : dayChips.getChildren()) {
            if (node instanceof ToggleButton button) {
                button.setSelected(button.getUserData().equals(viewModel.heading().dateProperty().get()));
            }
        }
    }

    /** The card for a day without tasks: what to do about it. */
    private Node emptyCard() {
        Label title = new Label(text.getString("today.empty.title"));
        title.getStyleClass().add("card-title");
        Label explanation = new Label(text.getString("today.empty.text"));
        explanation.getStyleClass().add("card-text");
        explanation.setWrapText(true);
        Button action = new Button(text.getString("today.empty.action"), new FontIcon("fth-target"));
        action.setId("goToGoalButton");
        action.getStyleClass().add("primary");
        action.setOnAction(e -> goToGoal.run());
        VBox card = new VBox(title, explanation, new HBox(action));
        card.setId("emptyCard");
        card.getStyleClass().add("card");
        return card;
    }

    /** The coach's card while an obstacle keeps coming back: what it noticed and what it offers. */
    private Node alertCard() {
        Label words = new Label(null, new FontIcon("fth-message-circle"));
        words.setId("alertText");
        words.getStyleClass().add("card-text");
        words.setWrapText(true);
        words.textProperty().bind(viewModel.coaching().alertTextProperty());
        FlowPane options = new FlowPane(8, 8);
        showAlert(options, viewModel.coaching().alertProperty().get());
        viewModel.coaching().alertProperty().addListener((obs, old, alert) -> showAlert(options, alert));
        VBox card = new VBox(words, options);
        card.setId("alertCard");
        card.getStyleClass().addAll("card", "coach-card");
        return card;
    }

    private void showAlert(FlowPane alertOptions, ObstacleAlert alert) {
        alertOptions.getChildren().clear();
        if (alert == null) {
            return;
        }
        for (ObstacleOption option : alert.options()) {
            String label = MessageFormat.format(text.getString("today.alert." + option.kind().name()),
                    option.kind() == ObstacleOption.Kind.SWAP ? option.title() : option.minutes());
            Button button = new Button(label);
            button.setId("option-" + option.kind().name());
            LazyTooltip.install(button, option.description());
            button.setOnAction(e -> viewModel.acceptOption(option.kind()));
            alertOptions.getChildren().add(button);
        }
        Button later = new Button(text.getString("today.alert.dismiss"));
        later.setId("option-dismiss");
        later.setOnAction(e -> viewModel.dismissAlert());
        alertOptions.getChildren().add(later);
    }

    @FXML
    private void previousDay() {
        viewModel.previousDay();
    }

    @FXML
    private void nextDay() {
        viewModel.nextDay();
    }

    @FXML
    private void saveCheckIn() {
        viewModel.saveCheckIn();
    }
}
