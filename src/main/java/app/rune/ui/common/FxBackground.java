package app.rune.ui.common;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/** The app's {@link Background}: one worker thread, results delivered with {@link Platform#runLater}. */
public final class FxBackground implements Background, AutoCloseable {
    private static final Logger LOG = System.getLogger(FxBackground.class.getName());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rune-background");
        thread.setDaemon(true);
        return thread;
    });

    /** Sees every failure first, on the FX thread: the app watches for a data file found damaged. */
    private volatile Consumer<Throwable> watcher = failure -> { };

    public void watchFailures(Consumer<Throwable> watcher) {
        this.watcher = watcher;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (worker.isShutdown()) {
            // The app has stopped: a screen finishing a refresh it started before has nothing left to show.
            LOG.log(Level.DEBUG, "Background work after the app stopped was dropped");
            return;
        }
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!worker.isShutdown()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "Background work failed", e);
                Platform.runLater(() -> {
                    if (!worker.isShutdown()) {
                        onFailure.accept(e);
                        watcher.accept(e);
                    }
                });
            }
        });
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
