package app.rune.ui.coach;

import static app.rune.ui.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.TestData;
import app.rune.model.ConversationPhase;
import app.rune.service.coach.CoachIntent;
import app.rune.service.conversation.ConversationService;
import app.rune.service.user.NewUserDefaults;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.common.Background;
import app.rune.ui.common.Dialogs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window makes the conversation's panel only once the coach has spoken (after the first screen is
 * up): it must then show what was already said, not only what comes next.
 */
@ExtendWith(ApplicationExtension.class)
class CoachPanelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-28T10:00:00Z"), ZoneId.of("UTC"));
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("app.rune.ui.messages");

    @TempDir
    Path temp;

    private RuneSession session;
    private CoachPanelViewModel conversation;
    private CoachPanel panel;

    @Start
    void start(Stage stage) throws Exception {
        Path data = temp.resolve("data");
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            store.userPreferences().save(NewUserDefaults.preferences("ana", ZoneId.of("UTC")));
        }
        session = RuneSession.open(data, CLOCK);
        conversation = new CoachPanelViewModel("ana", session.coach(), Background.DIRECT, TEXT, () -> ZoneId.of("UTC"));
        // Something to do, waiting: a button under the conversation, its words longer than the panel is wide.
        session.conversation().awaitAction("ana", ConversationPhase.DAILY_TRACKING,
                ConversationService.CONFIRM_GOAL_BREAKDOWN, "tasks proposed");
        for (int day = 1; day <= 4; day++) {
            session.coach().says("ana", CoachIntent.DAY_COMPLETE, Map.of("count", day));
        }
        conversation.greet();
        panel = new CoachPanel(conversation, page -> { });
        // Narrow and short, as on a small screen, in the app's style: the conversation has to scroll.
        Scene scene = new Scene(panel, 220, 260);
        scene.getStylesheets().add(Dialogs.class.getResource(Dialogs.STYLESHEET).toExternalForm());
        // The test stage is shared: an earlier test may have given it the app's minimum size.
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aPanelMadeAfterTheCoachSpokeShowsWhatWasSaid(FxRobot robot) {
        assertThat(conversation.messages()).isNotEmpty();
        assertThat(fx(() -> robot.from(panel).lookup(".bubble").queryAllAs(Label.class).stream()
                .map(Label::getText).toList()))
                .hasSize(conversation.messages().size())
                .containsExactlyElementsOf(conversation.messages().stream()
                        .map(CoachPanelViewModel.MessageItem::text).toList());
    }

    @Test
    void thePendingActionsButtonKeepsAllItsWordsInAShortPanel(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Button action = fx(() -> robot.from(panel).lookup("#coachAction").queryAs(Button.class));
        assertThat(fx(() -> action.isVisible())).isTrue();
        assertThat(fx(() -> action.getText())).isEqualTo(TEXT.getString("coach.action.approve"));
        // Read in one go, after the layout: the height it has, the one its wrapped words need, one line's.
        double[] heights = fx(() -> new double[] {action.getHeight(), action.prefHeight(action.getWidth()),
            action.prefHeight(-1)});
        assertThat(heights[1]).as("its words wrap onto a second line").isGreaterThan(heights[2]);
        assertThat(heights[0]).as("and it has the height they need; the conversation scrolls instead")
                .isGreaterThanOrEqualTo(heights[1]);
    }

    @Test
    void laterMessagesAreAdded(FxRobot robot) {
        int before = conversation.messages().size();
        fx(() -> {
            session.coach().says("ana", CoachIntent.DAY_COMPLETE, Map.of("count", 2));
            conversation.refresh();
            return null;
        });
        assertThat(fx(() -> robot.from(panel).lookup(".bubble").queryAll().size())).isEqualTo(before + 1);
    }
}
