package app.rune.ui.shell;

import app.rune.AllowedToUseStandardStreams;
import app.rune.ExitStatus;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
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

    public static int run(Path dataFolder, Clock clock, String loginName) {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        AppConfig config = new AppConfig(dataFolder, clock, loginName, exit::complete, AppConfig.Desktop.FULL);
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
}
