package app.rune.store;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that touches the database file. Nitrite on MVStore is not safe with writers on many threads,
 * and interrupting a thread inside MVStore I/O closes the file, so every read and write is handed to this
 * thread and the caller waits for it without ever interrupting it.
 */
final class DatabaseThread implements AutoCloseable {
    private final ExecutorService executor;
    private volatile Thread thread;

    DatabaseThread() {
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
        Future<T> future = executor.submit(work);
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

    private static <T> T runHere(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(e.getMessage(), e);
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
