package app.rune.ui.coach;

import static app.rune.ui.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.TestData;
import app.rune.service.coach.CoachIntent;
import app.rune.service.user.NewUserDefaults;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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
        conversation.greet();
        panel = new CoachPanel(conversation, page -> { });
        stage.setScene(new Scene(panel, 320, 480));
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
