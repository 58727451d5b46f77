package app.rune.ui.shell;

import app.rune.AllowedToUseStandardStreams;
import app.rune.ExitStatus;
import app.rune.instance.InstanceClient;
import app.rune.instance.Request;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts JavaFX and the {@link RuneApp}, waits until the window has closed and the data is safely put away,
 * and returns the exit status. The app is built here, with its configuration, rather than by
 * {@code Application.launch}, so nothing has to be passed through static fields.
 */
@AllowedToUseStandardStreams("Started from a terminal, the app says there in one line why its window cannot open; the log may not exist yet")
public final class DesktopLauncher {
    private static final Logger LOG = System.getLogger(DesktopLauncher.class.getName());

    private DesktopLauncher() {
    }

    /** How long a second launch waits for the running Rune to bring its window forward. */
    private static final Duration HANDOVER_WAIT = Duration.ofSeconds(3);

    /**
     * Opens the app on {@code dataFolder}, or, when a Rune already runs on it, has that one bring its window
     * forward and returns at once.
     */
    public static int run(Path dataFolder, Clock clock, String loginName, ForwardedCommands commands) {
        if (handedOver(dataFolder)) {
            return ExitStatus.OK;
        }
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        AppConfig config = new AppConfig(dataFolder, clock, loginName, exit::complete, AppConfig.Desktop.FULL,
                commands);
        RuneApp app = new RuneApp(config);
        app.openDataNow();
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                try {
                    app.init();
                    app.start(new Stage());
                } catch (Exception | Error e) {
                    LOG.log(Level.ERROR, "The window could not be opened", e);
                    System.err.println("Rune could not open its window: " + e.getMessage());
                    exit.complete(ExitStatus.FAILED);
                }
            });
        } catch (RuntimeException | Error e) {
            LOG.log(Level.ERROR, "JavaFX could not start", e);
            System.err.println("Rune could not open its window (" + e.getMessage()
                    + "). Is there a display? The command line works without one: rune --help");
            return ExitStatus.FAILED;
        }
        int status = exit.join();
        Platform.exit();
        return status;
    }

    /** Whether a Rune running on the folder took this launch over (it shows its window; this one has none). */
    private static boolean handedOver(Path dataFolder) {
        Request show = new Request(Request.Kind.SHOW, List.of(), Path.of("").toAbsolutePath().toString(),
                dataFolder.toAbsolutePath().normalize().toString());
        return InstanceClient.ask(dataFolder, show, HANDOVER_WAIT).filter(reply -> reply.status() == ExitStatus.OK)
                .isPresent();
    }
}
