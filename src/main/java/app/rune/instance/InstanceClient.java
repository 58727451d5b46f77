package app.rune.instance;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The second process's side: asks the Rune running on a data folder to do something. Empty when no running Rune
 * answers (none is running, or one ended without cleaning up, or it does not know this version's token), so the
 * caller can say why with a way forward.
 */
public final class InstanceClient {
    private static final Logger LOG = System.getLogger(InstanceClient.class.getName());

    private InstanceClient() {
    }

    /** Whether a Rune seems to run on {@code dataFolder}: its token and socket are there (it may have crashed). */
    public static boolean running(Path dataFolder) {
        InstanceChannel channel = new InstanceChannel(dataFolder);
        try {
            return Files.exists(channel.tokenFile()) && Files.exists(channel.socket());
        } catch (RuntimeException e) {
            // No socket to be had (a temp folder that is not ours): nobody to hand over to.
            return false;
        }
    }

    /**
     * Sends {@code request} to the Rune running on {@code dataFolder} and waits up to {@code wait} for its reply.
     * Empty when nothing answers in time.
     */
    public static Optional<Reply> ask(Path dataFolder, Request request, Duration wait) {
        InstanceChannel channel = new InstanceChannel(dataFolder);
        Path socket;
        try {
            socket = channel.socket();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "No socket for " + dataFolder + ": " + e.getMessage());
            return Optional.empty();
        }
        Optional<String> token = channel.readToken();
        if (token.isEmpty() || !Files.exists(socket)) {
            return Optional.empty();
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rune-instance-wait");
            thread.setDaemon(true);
            return thread;
        });
        try (SocketChannel server = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            // A running Rune that hangs must not hang the terminal: the wait ends by closing the connection.
            timer.schedule(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // It is being given up on.
                }
            }, wait.toMillis(), TimeUnit.MILLISECONDS);
            server.connect(UnixDomainSocketAddress.of(socket));
            Protocol.writeRequest(Channels.newOutputStream(server), token.get(), request);
            Protocol.ReplyMessage message = Protocol.readReply(Channels.newInputStream(server));
            if (message.version() != Protocol.VERSION || message.reply() == null) {
                return Optional.of(differentVersion(message.version(), Protocol.VERSION));
            }
            return Optional.of(message.reply());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "No answer on " + socket + ": " + e);
            return Optional.empty();
        } finally {
            timer.shutdownNow();
        }
    }

    /** What the asking side is told when the two speak different versions of the protocol. */
    static Reply differentVersion(Integer running, Integer asking) {
        return new Reply(3, "", "A different version of Rune is running on this data folder (it speaks version "
                + running + " of the hand-over, this one " + asking + "): quit the running Rune first (from its"
                + " tray icon\u2019s menu), then try again.\n");
    }
}
