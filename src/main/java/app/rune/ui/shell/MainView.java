package app.rune.ui.shell;

import app.rune.ui.common.Fxml;
import app.rune.ui.common.LazyTooltip;
import app.rune.ui.common.Shown;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: navigation rail, page header with the streak, the current page, and the coach
 * panel. It only binds to {@link MainViewModel}; pages are built on their first visit by {@code pages}.
 */
public final class MainView {
    @FXML
    private BorderPane root;
    @FXML
    private VBox navButtons;
    @FXML
    private ImageView brandIcon;
    @FXML
    private Button userButton;
    @FXML
    private Label pageTitle;
    @FXML
    private Label streakLabel;
    @FXML
    private Button coachToggle;
    @FXML
    private StackPane firstGoalBanner;
    @FXML
    private StackPane pageHost;
    @FXML
    private VBox coachPanel;
    @FXML
    private Label coachGreeting;
    @FXML
    private VBox coachHost;

    private final MainViewModel viewModel;
    private final ResourceBundle text;
    private final Function<Page, Node> pages;
    private final Consumer<String> onSwitchUser;
    private final Map<Page, Node> built = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navigation = new EnumMap<>(Page.class);

    public MainView(MainViewModel viewModel, ResourceBundle text, Function<Page, Node> pages,
            Consumer<String> onSwitchUser) {
        this.viewModel = viewModel;
        this.text = text;
        this.pages = pages;
        this.onSwitchUser = onSwitchUser;
        Fxml.load(this, text);
    }

    public Parent root() {
        return root;
    }

    /**
     * Puts the conversation in the coach panel once it has something in it; until then the greeting bubble
     * introduces the coach. The conversation's view is made only then: the coach says hello after the first
     * screen is up, so the window's first frame does without its scroll pane.
     */
    public void showConversation(Supplier<Node> conversation, ObservableBooleanValue empty) {
        coachGreeting.visibleProperty().bind(empty);
        coachGreeting.managedProperty().bind(empty);
        Shown.madeWhen(coachHost, Bindings.not(empty), () -> {
            Node made = conversation.get();
            VBox.setVgrow(made, Priority.ALWAYS);
            return made;
        });
    }

    @FXML
    private void initialize() {
        var icon = MainView.class.getResource("/app/rune/icons/rune-64.png");
        if (icon != null) {
            brandIcon.setImage(new Image(icon.toExternalForm()));
        }
        buildNavigation();
        LazyTooltip.fromAccessibleHelp(coachToggle);
        viewModel.selectedPageProperty().addListener((obs, old, page) -> show(page));
        show(viewModel.selectedPageProperty().get());

        streakLabel.textProperty().bind(viewModel.streakTextProperty());
        streakLabel.visibleProperty().bind(viewModel.loadedProperty());
        coachGreeting.textProperty().bind(viewModel.coachGreetingProperty());
        coachPanel.visibleProperty().bind(viewModel.coachPanelOpenProperty());
        coachPanel.managedProperty().bind(viewModel.coachPanelOpenProperty());
        Shown.madeWhen(firstGoalBanner, viewModel.needsFirstGoalProperty()
                .and(viewModel.selectedPageProperty().isNotEqualTo(Page.GOAL)), this::banner);
        userButton.textProperty().bind(viewModel.userLabelProperty());
        if (viewModel.canSwitchUser()) {
            LazyTooltip.install(userButton, text.getString("user.switch"));
        } else {
            // One person, nothing to switch to: it reads as a label, not as a dead button.
            userButton.setMouseTransparent(true);
            userButton.setFocusTraversable(false);
        }
    }

    private void buildNavigation() {
        ToggleGroup group = new ToggleGroup();
        Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
        int number = 1;
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(text.getString(page.key()), new FontIcon(page.iconLiteral()));
            button.setId(page.navId());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            KeyCombination shortcut = new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(number)),
                    KeyCombination.SHORTCUT_DOWN);
            LazyTooltip.install(button, text.getString(page.key()) + " (" + shortcut.getDisplayText() + ")");
            // A selected page stays selected: clicking it again must not leave the rail with nothing chosen.
            button.setOnAction(e -> {
                button.setSelected(true);
                viewModel.selectedPageProperty().set(page);
            });
            shortcuts.put(shortcut, () -> viewModel.selectedPageProperty().set(page));
            navigation.put(page, button);
            navButtons.getChildren().add(button);
            number++;
        }
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().putAll(shortcuts);
                navigation.get(viewModel.selectedPageProperty().get()).requestFocus();
            }
        });
    }

    private void show(Page page) {
        pageTitle.setText(text.getString(page.key()));
        ToggleButton button = navigation.get(page);
        button.setSelected(true);
        // Focus follows the selection while it is in the rail (or nowhere), never pulled out of a form.
        if (root.getScene() != null) {
            Node focused = root.getScene().getFocusOwner();
            if (focused == null || navigation.containsValue(focused)) {
                button.requestFocus();
            }
        }
        Node content = built.computeIfAbsent(page, pages);
        pageHost.getChildren().setAll(content);
    }

    /** Until there is a goal: a word on where to start, and the way there. */
    private Node banner() {
        Label words = new Label(text.getString("welcome.banner"));
        words.setWrapText(true);
        words.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button action = new Button(text.getString("welcome.action"));
        action.setId("bannerAction");
        action.getStyleClass().add("primary");
        action.setMinWidth(Region.USE_PREF_SIZE);
        action.setOnAction(e -> viewModel.startFirstGoal());
        HBox banner = new HBox(words, action);
        banner.getStyleClass().add("banner");
        return banner;
    }

    @FXML
    private void toggleCoach() {
        viewModel.toggleCoachPanel();
    }

    @FXML
    private void switchUser() {
        if (viewModel.canSwitchUser()) {
            UserChooser.choose(text, viewModel.users(), viewModel.userIdProperty().get(), root.getScene().getWindow())
                    .filter(user -> !user.equals(viewModel.userIdProperty().get()))
                    .ifPresent(onSwitchUser);
        }
    }
}
