package app.rune.ui.shell;

import static app.rune.ui.FxWait.await;
import static app.rune.ui.FxWait.fx;
import static app.rune.ui.FxWait.visible;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.TestData;
import app.rune.cli.CommandLineFactory;
import app.rune.cli.RuneEnvironment;
import app.rune.instance.InstanceClient;
import app.rune.instance.Reply;
import app.rune.instance.Request;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.ScreenLayoutTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import picocli.CommandLine;

/** The open window and the terminal on one data folder: what a command does there shows in the window at once. */
class CommandsWhileRunningTest {
    private static final Clock CLOCK = Clock.fixed(ScreenLayoutTest.TODAY.atTime(18, 30).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aTaskTickedFromTheTerminalShowsTickedOnTheOpenTodayScreen() throws Exception {
        Path data = start();
        await("today's tasks", () -> visible(robot.lookup("#task-task_1").tryQuery()));
        assertThat(fx(() -> checkBoxOf("task_1").isSelected())).isFalse();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = terminal(out, err).execute("--data-dir", data.toString(), "check", "task_1");

        assertThat(status).as(err.toString()).isEqualTo(ExitStatus.OK);
        assertThat(out.toString()).contains("[x] task_1");
        await("the tick on the open screen", () -> checkBoxOf("task_1").isSelected());
        await("the day's count", () -> robot.lookup(".day-progress").tryQuery()
                .map(node -> ((Label) node).getText()).orElse("").startsWith("1 of 3"));
    }

    @Test
    void anImportFromTheTerminalRebuildsTheWindowWithoutAQuestion() throws Exception {
        Path data = start();
        await("today's tasks", () -> visible(robot.lookup("#task-task_1").tryQuery()));
        StringWriter exported = new StringWriter();
        assertThat(terminal(exported, new StringWriter()).execute("--data-dir", data.toString(), "export"))
                .isEqualTo(ExitStatus.OK);
        ObjectNode all = (ObjectNode) TestData.json().readTree(exported.toString());
        ObjectNode day = ((ObjectNode) all.withArray("daily_progress").get(0)).deepCopy();
        String today = ScreenLayoutTest.TODAY.toString();
        day.put("_id", "ana-" + today);
        day.put("date", today);
        day.withArray("tasks").forEach(task -> {
            ObjectNode done = (ObjectNode) task;
            done.put("completed", true).put("completion_time", today + "T07:10:00Z");
            done.remove(List.of("skip_reason", "obstacles"));
        });
        ObjectNode file = TestData.json().createObjectNode();
        file.putArray("daily_progress").add(day);
        Path imported = temp.resolve("today.json");
        TestData.json().writeValue(imported.toFile(), file);

        StringWriter err = new StringWriter();
        int status = terminal(new StringWriter(), err).execute("--data-dir", data.toString(), "import",
                imported.toString());

        assertThat(status).as(err.toString()).isEqualTo(ExitStatus.OK);
        await("the imported day on the open screen", () -> robot.lookup("#task-task_3 .check-box").tryQuery()
                .map(box -> ((CheckBox) box).isSelected()).orElse(false));
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no question in the window").isEmpty();
    }

    @Test
    void aSecondLaunchBringsTheWindowBackFromTheTray() throws Exception {
        Path data = start();
        await("today's tasks", () -> visible(robot.lookup("#task-task_1").tryQuery()));
        Stage stage = fx(() -> (Stage) Window.getWindows().get(0));
        fx(() -> {
            stage.hide();
            return null;
        });

        Optional<Reply> reply = InstanceClient.ask(data, new Request(Request.Kind.SHOW, List.of(),
                temp.toString(), data.toString()), Duration.ofSeconds(5));

        assertThat(reply).map(Reply::status).contains(ExitStatus.OK);
        await("the window back", () -> fx(stage::isShowing));
    }

    private Path start() throws Exception {
        Path data = temp.resolve("data");
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            store.upsertAll(ScreenLayoutTest.history());
        }
        app = RunningApp.startTakingCommands(data, CLOCK, "ana");
        return data;
    }

    /** The command line as a terminal runs it: its own process would find the app's socket the same way. */
    private CommandLine terminal(StringWriter out, StringWriter err) {
        CommandLine commandLine = CommandLineFactory.create(new RuneEnvironment(Map.of(), "Linux", temp, CLOCK, "ana",
                folder -> ExitStatus.OK));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }

    private CheckBox checkBoxOf(String taskId) {
        return (CheckBox) robot.lookup("#task-" + taskId + " .check-box").query();
    }
}
