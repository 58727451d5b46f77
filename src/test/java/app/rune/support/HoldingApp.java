package app.rune.support;

import app.rune.ExitStatus;
import app.rune.LogFile;
import app.rune.RuneSession;
import app.rune.cli.ForwardedCommand;
import app.rune.cli.RuneEnvironment;
import app.rune.instance.InstanceServer;
import app.rune.instance.Reply;
import app.rune.instance.Request;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The running app as another Rune process meets it, without a window: a child JVM that holds a data folder as
 * the desktop app does ({@link RuneSession#open}, which takes the folder's lock) and answers on its socket with
 * the real {@link InstanceServer}, doing for each request what {@code ui.shell.RunningInstance} does:
 * <ul>
 *   <li>{@code SHOW} (a second launch): replies 0 and prints {@code shown}, where the app brings its window
 *       forward;</li>
 *   <li>{@code COMMAND}: {@link ForwardedCommand#perform} on a lent session, as the launcher wires it, with
 *       {@code shown} for a command that opens the window.</li>
 * </ul>
 * Prints {@code ready} once it listens, {@code handling ARGS} when a command starts and {@code handled STATUS} when
 * it ends (so a test can time a quit mid-command), and, when its standard input closes, quits as the app does
 * (stops listening, then closes the session) and prints {@code closed}.
 *
 * <p>Arguments: the data folder.
 */
public final class HoldingApp {
    private HoldingApp() {
    }

    public static void main(String[] args) throws IOException {
        LogFile.silenceConsole();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path folder = Path.of(args[0]);
        RuneSession session = RuneSession.open(folder, Clock.systemDefaultZone());
        InstanceServer server = InstanceServer.start(folder, request -> handle(session, folder, request, out));
        out.println("ready");
        InputStream in = System.in;
        while (in.read() >= 0) {
            // Only the end of standard input means anything: the test's way of quitting the app.
        }
        // As RuneApp's quit: no more requests (a command under way finishes first), then the data is put away.
        server.close();
        session.close();
        out.println("closed");
        out.flush();
        System.exit(0);
    }

    private static Reply handle(RuneSession session, Path folder, Request request, PrintStream out) {
        if (request.kind() == Request.Kind.SHOW) {
            out.println("shown");
            return new Reply(ExitStatus.OK, "", "");
        }
        // One line whatever the arguments hold: a test reads this output line by line.
        out.println("handling " + String.join(" ", request.args()).replaceAll("\\p{Cntrl}", "?"));
        Reply reply = ForwardedCommand.perform(session, folder, request, RuneEnvironment.system(f -> ExitStatus.OK),
                () -> out.println("shown"));
        out.println("handled " + reply.status());
        return reply;
    }
}
