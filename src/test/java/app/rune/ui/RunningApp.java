package app.rune.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;

/** The desktop app started headless on a data folder, as TestFX runs it, and stopped once. */
public final class RunningApp implements AutoCloseable {
    /** The exit statuses the app reported; written on the FX thread, read by the test. */
    private final List<Integer> exitStatuses = new CopyOnWriteArrayList<>();
    private RuneApp app;

    private RunningApp() {
    }

    public static RunningApp start(Path dataFolder, Clock clock, String loginName) throws TimeoutException {
        RunningApp running = new RunningApp();
        FxToolkit.registerPrimaryStage();
        running.app = (RuneApp) FxToolkit.setupApplication(
                () -> new RuneApp(new AppConfig(dataFolder, clock, loginName, running.exitStatuses::add)));
        return running;
    }

    public List<Integer> exitStatuses() {
        return exitStatuses;
    }

    /** What TestFX does at the end of a test: {@link RuneApp#stop()}, once; the data folder is free after. */
    @Override
    public void close() throws TimeoutException {
        if (app != null) {
            RuneApp stopping = app;
            app = null;
            FxToolkit.cleanupApplication(stopping);
        }
        FxToolkit.cleanupStages();
    }
}
