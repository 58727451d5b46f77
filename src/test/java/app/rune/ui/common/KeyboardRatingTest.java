package app.rune.ui.common;

import static app.rune.ui.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class KeyboardRatingTest {
    private Rating rating;

    @Start
    void start(Stage stage) {
        rating = KeyboardRating.enable(new Rating(5));
        rating.setRating(0);
        stage.setScene(new Scene(new VBox(new Button("before"), rating), 300, 120));
        stage.show();
    }

    @Test
    void tabReachesItAndKeysSetTheStars(FxRobot robot) {
        robot.clickOn("before").type(KeyCode.TAB);
        assertThat(fx(() -> rating.isFocused())).isTrue();

        robot.type(KeyCode.RIGHT, 3);
        assertThat(fx(() -> rating.getRating())).isEqualTo(3.0);
        robot.type(KeyCode.LEFT);
        assertThat(fx(() -> rating.getRating())).isEqualTo(2.0);
        robot.type(KeyCode.DIGIT5);
        assertThat(fx(() -> rating.getRating())).isEqualTo(5.0);
        robot.type(KeyCode.RIGHT);
        assertThat(fx(() -> rating.getRating())).as("never more than the maximum").isEqualTo(5.0);
        robot.type(KeyCode.DIGIT0);
        assertThat(fx(() -> rating.getRating())).isEqualTo(0.0);
    }
}
