package app.rune.ui.coach;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.Formality;
import app.rune.model.MotivationType;
import app.rune.model.RelationshipStage;
import app.rune.service.coach.CoachIntent;
import app.rune.service.coach.CoachVoice;
import app.rune.service.coach.ReminderStyle;
import app.rune.service.coach.VoiceSettings;
import app.rune.service.user.NewUserDefaults;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.shell.RunningApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Changing the tone in Settings changes how the coach words its next message in the coach panel. */
class CoachToneTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-28T10:00:00Z"), ZoneId.of("UTC"));
    private static final CoachVoice VOICE = new CoachVoice(ResourceBundle.getBundle("app.rune.coach.voice"));

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        Path data = temp.resolve("data");
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            store.userPreferences().save(NewUserDefaults.preferences("ana", ZoneId.of("UTC")));
        }
        app = RunningApp.start(data, CLOCK, "ana");
        await("the goal input", () -> visible(robot.lookup("#goalInput").tryQuery()));
        await("the greeting", () -> !bubbles().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private List<String> bubbles() {
        return fx(() -> robot.lookup("#coachConversation .bubble").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
    }

    private String review() {
        int before = bubbles().size();
        robot.clickOn("#reviewButton");
        await("the coach's word on the review", () -> bubbles().size() > before);
        List<String> all = bubbles();
        return all.get(all.size() - 1);
    }

    @Test
    void theNextMessageFollowsTheNewTone() {
        robot.clickOn("#goalInput").write("I want to learn Spanish");
        String friendly = review();
        String proposal = fx(() -> robot.lookup("#refinedGoal").queryAs(TextField.class).getText());
        Map<String, Object> facts = Map.of("name", "ana", "goal", proposal, "missing", 2L);
        assertThat(friendly).isEqualTo(VOICE.say(CoachIntent.GOAL_REVIEW, new VoiceSettings(Formality.FRIENDLY,
                MotivationType.ENCOURAGING, ReminderStyle.FRIENDLY, RelationshipStage.NEW), facts));

        robot.clickOn("#navSettings");
        await("the settings", () -> visible(robot.lookup("#formalityFormal").tryQuery()));
        robot.clickOn("#formalityFormal");
        robot.clickOn("#motivationFirm");
        await("the saved tone", () -> "Saved".equals(robot.lookup("#settingsStatus").queryAs(Label.class).getText()));
        robot.clickOn("#navGoal");
        await("the goal page", () -> visible(robot.lookup("#reviewButton").tryQuery()));

        String formal = review();

        assertThat(formal).isNotEqualTo(friendly).isEqualTo(VOICE.say(CoachIntent.GOAL_REVIEW, new VoiceSettings(
                Formality.FORMAL, MotivationType.FIRM, ReminderStyle.FRIENDLY, RelationshipStage.NEW), facts));
    }

    @Test
    void aPendingActionIsAButtonToWhereItCanBeDone() {
        robot.clickOn("#goalInput").write("I want to learn Spanish");
        review();
        robot.clickOn("#acceptRefinementButton");
        await("the pending action", () -> visible(robot.lookup("#coachAction").tryQuery()));
        robot.clickOn("#navToday");
        await("the Today page", () -> visible(robot.lookup("#pageToday").tryQuery()));

        robot.clickOn("#coachAction");

        await("the Goal page", () -> visible(robot.lookup("#approveTasksButton").tryQuery()));
        Node approve = fx(() -> robot.lookup("#approveTasksButton").query());
        assertThat(approve).isNotNull();
    }
}
