package app.rune.ui.common;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {
    private Button button;
    private Button fromFxml;
    private Region cell;

    @Start
    void start(Stage stage) {
        button = new Button("Save");
        LazyTooltip.install(button, "Saves the day");
        fromFxml = new Button("Next");
        fromFxml.setAccessibleHelp("The next day");
        LazyTooltip.fromAccessibleHelp(fromFxml);
        cell = new Region();
        cell.setMinSize(40, 40);
        LazyTooltip.install(cell, "3 of 3 done", Duration.millis(10));
        stage.setScene(new Scene(new VBox(20, button, fromFxml, cell), 300, 220));
        stage.show();
    }

    @Test
    void noTooltipIsMadeUntilThePointerComesOver(FxRobot robot) {
        assertThat(fx(() -> button.getTooltip())).isNull();
        assertThat(fx(() -> fromFxml.getTooltip())).isNull();
        assertThat(fx(() -> Tooltip.class.cast(cell.getProperties().get("javafx.scene.control.Tooltip")))).isNull();
        assertThat(fx(() -> button.getAccessibleHelp())).as("read out without hovering").isEqualTo("Saves the day");

        robot.moveTo(button);

        assertThat(fx(() -> button.getTooltip())).isNotNull();
        assertThat(fx(() -> button.getTooltip().getText())).isEqualTo("Saves the day");
    }

    @Test
    void theTooltipShowsOnTheFirstHover(FxRobot robot) {
        robot.moveTo(button);
        await("the tooltip to show", () -> button.getTooltip() != null && button.getTooltip().isShowing());
        assertThat(showingTooltipText()).isEqualTo("Saves the day");

        robot.moveTo(fromFxml);
        await("the FXML button's tooltip to show",
                () -> fromFxml.getTooltip() != null && fromFxml.getTooltip().isShowing());
        assertThat(showingTooltipText()).isEqualTo("The next day");
    }

    @Test
    void aNodeThatIsNotAControlGetsOneToo(FxRobot robot) {
        robot.moveTo(cell);
        await("the cell's tooltip to show", () -> "3 of 3 done".equals(showingTooltipText()));
        Tooltip tooltip = fx(() -> (Tooltip) cell.getProperties().get("javafx.scene.control.Tooltip"));
        assertThat(tooltip).isNotNull();
        assertThat(fx(() -> tooltip.getShowDelay())).isEqualTo(Duration.millis(10));
    }

    @Test
    void aNodeWithoutHelpTextIsAMistake() {
        Node bare = new Button("x");
        assertThatThrownBy(() -> LazyTooltip.fromAccessibleHelp(bare))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no accessible help");
    }

    /** The text of the tooltip window on show, if any. */
    private static String showingTooltipText() {
        return fx(() -> Window.getWindows().stream()
                .filter(window -> window instanceof Tooltip && window.isShowing())
                .map(window -> ((Tooltip) window).getText())
                .findFirst().orElse(null));
    }
}
