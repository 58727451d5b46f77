package app.rune.store;

import app.rune.data.StoreException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
    private final ThreadPoolExecutor executor;
    private final UnaryOperator<RuntimeException> onFailure;
    /** Upkeep run when the thread has nothing else to do (see {@link #whenIdle}); none by default. */
    private volatile Runnable idleWork = () -> { };
    /** Whether the upkeep is overdue, so it runs even with work waiting (see {@link #whenIdle}). */
    private volatile BooleanSupplier overdue = () -> false;
    private volatile Thread thread;

    DatabaseThread() {
        this(UnaryOperator.identity());
    }

    /** @param onFailure sees every failure of the work first, and says what the caller gets instead */
    DatabaseThread(UnaryOperator<RuntimeException> onFailure) {
        this.onFailure = onFailure;
        executor = new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
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
        Future<T> future = executor.submit(() -> {
            try {
                return runHere(work);
            } finally {
                afterWork();
            }
        });
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

    /**
     * Runs {@code upkeep} on this thread whenever a piece of work ends with nothing else waiting: after the
     * caller has its answer (it is queued as work of its own), and before anything queued later.
     */
    void whenIdle(Runnable upkeep) {
        whenIdle(upkeep, () -> false);
    }

    /**
     * As {@link #whenIdle(Runnable)}, but the upkeep also runs between two pieces of work when {@code overdue} says
     * it can wait no longer (asked on this thread): writes that come back to back would otherwise never leave it an
     * idle moment.
     */
    void whenIdle(Runnable upkeep, BooleanSupplier overdue) {
        this.overdue = overdue;
        idleWork = upkeep;
    }

    private void afterWork() {
        if (executor.getQueue().isEmpty() && !executor.isShutdown()) {
            try {
                executor.execute(() -> {
                    if (executor.getQueue().isEmpty() || overdue.getAsBoolean()) {
                        runIdleWork();
                    }
                });
            } catch (RejectedExecutionException closing) {
                // Shutting down: no upkeep is owed.
            }
        }
    }

    private void runIdleWork() {
        try {
            idleWork.run();
        } catch (RuntimeException e) {
            onFailure.apply(e);
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
