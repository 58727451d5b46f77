package app.rune.ui.coach;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import app.rune.ui.shell.Page;

/** The conversation as bubbles, the newest at the bottom and in view, and the pending action's button. */
public final class CoachPanel extends VBox {
    private final VBox bubbles = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(bubbles);

    public CoachPanel(CoachPanelViewModel viewModel, Consumer<Page> goTo) {
        super(12);
        setId("coachConversation");
        getStyleClass().add("coach-conversation");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("page-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button action = new Button();
        action.setId("coachAction");
        action.getStyleClass().add("primary");
        action.setWrapText(true);
        action.setMaxWidth(Double.MAX_VALUE);
        // Its text wraps: when the panel is short, the conversation above gives up the room, not this button.
        action.setMinHeight(Region.USE_PREF_SIZE);
        action.textProperty().bind(viewModel.actionTextProperty());
        action.visibleProperty().bind(viewModel.actionTextProperty().isNotEmpty());
        action.managedProperty().bind(action.visibleProperty());
        action.setOnAction(e -> {
            if (viewModel.actionPageProperty().get() != null) {
                goTo.accept(viewModel.actionPageProperty().get());
            }
        });
        // Made when the conversation already has messages (see MainView): those show at once.
        showMessages(viewModel);
        viewModel.messages().addListener((ListChangeListener<CoachPanelViewModel.MessageItem>) c ->
                showMessages(viewModel));
        // The newest message is the one to read: keep the bottom in view. The bubbles' height is only known
        // once their text has wrapped, after the change above, so follow it.
        bubbles.heightProperty().addListener((obs, old, now) -> scroll.setVvalue(scroll.getVmax()));
        getChildren().addAll(scroll, action);
    }

    private void showMessages(CoachPanelViewModel viewModel) {
        bubbles.getChildren().setAll(viewModel.messages().stream().map(CoachPanel::bubble).toList());
        scroll.setVvalue(scroll.getVmax());
    }

    private static VBox bubble(CoachPanelViewModel.MessageItem item) {
        Label words = new Label(item.text());
        words.setWrapText(true);
        words.getStyleClass().addAll("bubble", item.fromCoach() ? "from-coach" : "from-user");
        Label when = new Label(item.time());
        when.getStyleClass().addAll("muted", "bubble-time");
        VBox bubble = new VBox(2, words, when);
        bubble.getStyleClass().add("coach-message");
        return bubble;
    }
}
