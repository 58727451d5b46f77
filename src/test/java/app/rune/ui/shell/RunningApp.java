package app.rune.ui.shell;

import app.rune.ExitStatus;
import app.rune.cli.ForwardedCommand;
import app.rune.cli.RuneEnvironment;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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

    /** Without reminders, so no notification covers what a test is looking at. */
    public static RunningApp start(Path dataFolder, Clock clock, String loginName) throws TimeoutException {
        return start(dataFolder, clock, loginName, AppConfig.Desktop.NONE);
    }

    public static RunningApp start(Path dataFolder, Clock clock, String loginName, AppConfig.Desktop desktop)
            throws TimeoutException {
        RunningApp running = new RunningApp();
        FxToolkit.registerPrimaryStage();
        running.app = (RuneApp) FxToolkit.setupApplication(() -> startsLikeTheDesktop(
                new RuneApp(new AppConfig(dataFolder, clock, loginName, running.exitStatuses::add, desktop))));
        return running;
    }

    /**
     * Taking commands from other processes as the desktop app does: performed by the command line on the app's
     * session (with {@code clock} and no environment of the machine's).
     */
    public static RunningApp startTakingCommands(Path dataFolder, Clock clock, String loginName)
            throws TimeoutException {
        RunningApp running = new RunningApp();
        ForwardedCommands commands = (session, folder, request, showWindow) -> ForwardedCommand.perform(session,
                folder, request, new RuneEnvironment(Map.of(), "Linux", dataFolder, clock, loginName,
                        unused -> ExitStatus.OK), showWindow);
        FxToolkit.registerPrimaryStage();
        running.app = (RuneApp) FxToolkit.setupApplication(() -> startsLikeTheDesktop(new RuneApp(new AppConfig(
                dataFolder, clock, loginName, running.exitStatuses::add, AppConfig.Desktop.NONE, commands))));
        return running;
    }

    /** With stand-ins for the tray and the system's notifications. */
    static RunningApp start(Path dataFolder, Clock clock, String loginName, DesktopServices desktop)
            throws TimeoutException {
        RunningApp running = new RunningApp();
        FxToolkit.registerPrimaryStage();
        running.app = (RuneApp) FxToolkit.setupApplication(() -> startsLikeTheDesktop(new RuneApp(new AppConfig(
                dataFolder, clock, loginName, running.exitStatuses::add, AppConfig.Desktop.FULL), desktop)));
        return running;
    }

    /**
     * As {@link DesktopLauncher} starts it: the data folder starts opening (and the first screen is read) before
     * the window, so the tests go the way a person's start-up goes.
     */
    private static RuneApp startsLikeTheDesktop(RuneApp app) {
        app.openDataNow();
        return app;
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
