package app.rune.store;

import app.rune.data.StoreException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The one thread that touches the database file. Nitrite on MVStore is not safe with writers on many threads,
 * and interrupting a thread inside MVStore I/O closes the file, so every read and write is handed to this
 * thread and the caller waits for it without ever interrupting it.
 *
 * <p>A failure is handed to {@code onFailure} on this thread, before any other work runs here: a failure that
 * shows the file is damaged must stop every later write at once, not after the caller has heard of it.
 */
final class DatabaseThread implements AutoCloseable {
    private final ExecutorService executor;
    private final UnaryOperator<RuntimeException> onFailure;
    private volatile Thread thread;

    DatabaseThread() {
        this(UnaryOperator.identity());
    }

    /** @param onFailure sees every failure of the work first, and says what the caller gets instead */
    DatabaseThread(UnaryOperator<RuntimeException> onFailure) {
        this.onFailure = onFailure;
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "rune-database");
            // Daemon so a forgotten close cannot keep the process alive; Store.close() still drains it first.
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /** Runs {@code work} on the database thread and returns its result; waits even if the caller is interrupted. */
    <T> T call(Callable<T> work) {
        if (Thread.currentThread() == thread) {
            return runHere(work);
        }
        Future<T> future = executor.submit(() -> runHere(work));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    // Cancelling would interrupt MVStore mid-write; finish the work, then pass the interrupt on.
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw unwrap(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private <T> T runHere(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw onFailure.apply(e);
        } catch (Exception e) {
            throw onFailure.apply(new StoreException(e.getMessage(), e));
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new StoreException(String.valueOf(cause.getMessage()), cause);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
