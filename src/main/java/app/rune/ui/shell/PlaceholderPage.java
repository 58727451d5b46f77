package app.rune.ui.shell;

import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A screen that later work fills in: says what will be there.
 */
public final class PlaceholderPage {
    private PlaceholderPage() {
    }

    public static Node create(Page page, ResourceBundle text) {
        VBox column = new VBox(16);
        column.setId(page.navId().replace("nav", "page"));
        column.setFillWidth(true);
        column.setMaxWidth(760);

        FontIcon icon = new FontIcon(page.iconLiteral());
        icon.getStyleClass().add("placeholder-icon");
        Label about = new Label(text.getString(page.key() + ".about"));
        about.getStyleClass().add("card-text");
        Label soon = new Label(text.getString("page.comingSoon"));
        soon.getStyleClass().addAll("card-text", "muted");
        VBox card = new VBox(icon, about, soon);
        card.getStyleClass().add("card");
        column.getChildren().add(card);

        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        return scroll;
    }
}
