package app.rune.ui.shell;

import app.rune.ExitStatus;
import app.rune.instance.InstanceServer;
import app.rune.instance.Reply;
import app.rune.instance.Request;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * The app as other Rune processes on its data folder meet it: a second launch brings its window forward, and a
 * command is performed here, through the same services as the window (which shows the change at once), instead of
 * being refused because the folder is in use. Listens from the first opening of the folder until the app closes.
 */
final class RunningInstance implements AutoCloseable {
    private static final Logger LOG = System.getLogger(RunningInstance.class.getName());
    /** The commands after which the screens read again; import and restore replace the data under them. */
    private static final Set<String> CHANGING = Set.of("check", "skip", "checkin");
    private static final Set<String> REPLACING = Set.of("import", "restore");

    private final AppConfig config;
    private final Runnable bringBack;
    /** The data folder open in the window; null while none is (opening, closing, or let go after damage). */
    private final AtomicReference<ShownSession> shown = new AtomicReference<>();
    /** Set once listening was asked for (on the FX thread). */
    private boolean listening;
    /** Guarded by this: the server, once started; closed, once the app is closing. */
    private InstanceServer server;
    private boolean closed;

    RunningInstance(AppConfig config, Runnable bringBack) {
        this.config = config;
        this.bringBack = bringBack;
    }

    /**
     * The folder is open and shown as {@code session}; the first time, starts listening, on a thread of its own:
     * making the token and the socket is no work for the window's first frame.
     */
    void serve(ShownSession session) {
        shown.set(session);
        if (listening) {
            return;
        }
        listening = true;
        Thread starting = new Thread(this::listen, "rune-instance-start");
        starting.setDaemon(true);
        starting.start();
    }

    private synchronized void listen() {
        if (closed) {
            return;
        }
        try {
            server = InstanceServer.start(config.dataFolder(), this::handle);
        } catch (IOException | RuntimeException e) {
            // Rune works without: a second launch and a command then find the folder in use, as before.
            LOG.log(Level.WARNING, "Other Rune processes cannot reach this one", e);
        }
    }

    /** The folder is not shown any more (closing, or let go after damage): commands wait for the next. */
    void pause() {
        shown.set(null);
    }

    private Reply handle(Request request) {
        if (request.kind() == Request.Kind.SHOW) {
            Platform.runLater(bringBack);
            return new Reply(ExitStatus.OK, "", "");
        }
        ShownSession session = shown.get();
        if (session == null) {
            return new Reply(ExitStatus.DATA_FOLDER_IN_USE, "", "Rune is opening or closing its data folder just now;"
                    + " try again in a moment.\n");
        }
        Reply reply = config.commands().perform(session.session(), config.dataFolder(), request,
                () -> Platform.runLater(bringBack));
        String command = commandOf(request.args());
        if (reply.status() == ExitStatus.OK && (CHANGING.contains(command) || REPLACING.contains(command))) {
            Platform.runLater(() -> session.changedElsewhere(REPLACING.contains(command)));
        }
        return reply;
    }

    /** The command's name: the first word that is not an option (or the data folder after --data-dir). */
    static String commandOf(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "";
    }

    @Override
    public synchronized void close() {
        shown.set(null);
        closed = true;
        if (server != null) {
            server.close();
        }
    }
}
