package app.rune.instance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The running app's side: listens on the data folder's socket while the app holds the folder, and hands each
 * request that carries the token to the app ({@link Handler}): commands one at a time, so they run as they would
 * one after another; a request to show the window at once, even while a command runs. A request without the token, from an older or newer Rune, too large, malformed, or that does
 * not arrive within {@link #REQUEST_TIME} is answered or dropped without reaching the app.
 */
public final class InstanceServer implements AutoCloseable {
    private static final Logger LOG = System.getLogger(InstanceServer.class.getName());
    /** A client that connects must have said all of its request by then. */
    static final Duration REQUEST_TIME = Duration.ofSeconds(5);
    /** How long closing waits for a command under way. */
    private static final Duration COMMAND_FINISH = Duration.ofSeconds(30);
    /** How long closing then waits for the command's reply to be written. */
    private static final Duration REPLY_DELIVERY = Duration.ofSeconds(5);
    /** Connections read at once; more wait to be accepted. */
    private static final int READING_AT_ONCE = 8;

    /**
     * The app: runs what a request asks, off the JavaFX thread, and says how it went. Commands come one at a
     * time; a {@link Request.Kind#SHOW} may come while a command runs.
     */
    @FunctionalInterface
    public interface Handler {
        Reply handle(Request request);
    }

    private final InstanceChannel channel;
    private final String token;
    private final Handler handler;
    private final ServerSocketChannel server;
    private final Path socket;
    private final ExecutorService readers;
    /** One request at a time reaches the app. */
    private final ExecutorService handling;
    private final ScheduledExecutorService deadlines;
    private final Semaphore reading = new Semaphore(READING_AT_ONCE);
    private volatile boolean closed;
    /** Ended by SIGTERM (logging out, shutting down), the app still takes its socket and token away. */
    private final Thread onTermination = new Thread(this::close, "rune-instance-close");

    private InstanceServer(InstanceChannel channel, String token, Handler handler, ServerSocketChannel server,
            Path socket) {
        this.channel = channel;
        this.token = token;
        this.handler = handler;
        this.server = server;
        this.socket = socket;
        this.readers = Executors.newFixedThreadPool(READING_AT_ONCE, daemon("rune-instance-reader"));
        this.handling = Executors.newSingleThreadExecutor(daemon("rune-instance-command"));
        this.deadlines = Executors.newSingleThreadScheduledExecutor(daemon("rune-instance-deadline"));
    }

    /**
     * Starts listening for the data folder at {@code dataFolder}, which the caller holds (its lock): any socket
     * or token left by a Rune that ended without cleaning up is replaced.
     */
    public static InstanceServer start(Path dataFolder, Handler handler) throws IOException {
        InstanceChannel channel = new InstanceChannel(dataFolder);
        Path socket = channel.socket();
        Files.deleteIfExists(socket);
        String token = channel.newToken();
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | RuntimeException e) {
            server.close();
            Files.deleteIfExists(channel.tokenFile());
            throw e;
        }
        InstanceServer started = new InstanceServer(channel, token, handler, server, socket);
        Runtime.getRuntime().addShutdownHook(started.onTermination);
        Thread accepting = new Thread(started::accept, "rune-instance");
        accepting.setDaemon(true);
        accepting.start();
        return started;
    }

    private void accept() {
        while (!closed) {
            SocketChannel client;
            try {
                reading.acquire();
                client = server.accept();
            } catch (ClosedChannelException | InterruptedException e) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot accept on " + socket, e);
                reading.release();
                continue;
            }
            try {
                readers.execute(() -> serve(client));
            } catch (RejectedExecutionException e) {
                closeQuietly(client);
                reading.release();
            }
        }
    }

    private void serve(SocketChannel client) {
        Protocol.RequestMessage message;
        // A client that connects and never finishes its request is cut off, so it cannot hold a reader.
        ScheduledFuture<?> cutOff = deadlines.schedule(() -> closeQuietly(client), REQUEST_TIME.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            InputStream in = Channels.newInputStream(client);
            message = Protocol.readRequest(in);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "A request on " + socket + " was not read: " + e.getMessage());
            closeQuietly(client);
            return;
        } finally {
            cutOff.cancel(false);
            reading.release();
        }
        Reply reply = answer(message);
        if (reply == null) {
            closeQuietly(client);
            return;
        }
        try {
            OutputStream out = Channels.newOutputStream(client);
            Protocol.writeReply(out, reply);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "A reply on " + socket + " was not delivered: " + e.getMessage());
        } finally {
            closeQuietly(client);
        }
    }

    /** The reply to a request that was read; null to answer nothing (no token: not someone to talk to). */
    private Reply answer(Protocol.RequestMessage message) {
        if (message.version() != Protocol.VERSION) {
            // Another version's request cannot be read past its version, token included: it only hears which.
            return InstanceClient.differentVersion(Protocol.VERSION, message.version());
        }
        if (!InstanceChannel.sameToken(token, message.token())) {
            LOG.log(Level.WARNING, "A request on " + socket + " without the right token was refused");
            return null;
        }
        Request request = message.request();
        if (request == null || request.kind() == null || request.args() == null) {
            return null;
        }
        if (request.kind() == Request.Kind.SHOW) {
            // Bringing the window forward touches no data, so it does not wait behind a command (an import of
            // years): a second launch waits only a few seconds, then opens a window of its own on a folder in use.
            try {
                return handler.handle(request);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "A request to show the running Rune failed", e);
                return new Reply(1, "", "The running Rune could not show its window; details are in its log.\n");
            }
        }
        try {
            Future<Reply> performing = handling.submit(() -> handler.handle(request));
            while (true) {
                try {
                    return performing.get();
                } catch (InterruptedException e) {
                    // The app is closing (close() interrupts the readers): a command under way still runs to its
                    // end, and the process that asked must hear how it went, or it would take the command for one
                    // never done and say the folder is in use, or run it again. The interrupt is not kept: it would
                    // close the connection under the reply.
                }
            }
        } catch (Exception e) {
            LOG.log(Level.ERROR, "A request to the running Rune failed", e);
            return new Reply(1, "", "The running Rune could not finish this; details are in its log.\n");
        }
    }

    /** Stops listening and removes the socket and token: no one can ask any more. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != onTermination) {
            try {
                Runtime.getRuntime().removeShutdownHook(onTermination);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs, or has run, this.
            }
        }
        closeQuietly(server);
        readers.shutdownNow();
        handling.shutdown();
        deadlines.shutdownNow();
        try {
            // A command under way uses the app's session: it finishes before the app closes that.
            if (!handling.awaitTermination(COMMAND_FINISH.toSeconds(), TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "A command from another process was still running when Rune closed");
            }
            // And its reply reaches the process that asked before the app ends.
            readers.awaitTermination(REPLY_DELIVERY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(socket);
            // Only our own token: a newer app on the folder would have written its own (it holds the lock).
            if (channel.readToken().filter(token::equals).isPresent()) {
                Files.deleteIfExists(channel.tokenFile());
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Cannot remove " + socket, e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is all that is left to do with it.
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
