package app.rune.instance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages between two Rune processes on one data folder. Each message is a 4-byte length (big-endian) and
 * that many bytes; inside, numbers are 4-byte integers and texts a 4-byte length and UTF-8. Both start with the
 * protocol's version, so either side can tell the other speaks another (and answers so, in every version):
 * <ul>
 *   <li>request: version, token, kind ({@code SHOW} or {@code COMMAND}), working folder, data folder, the number
 *       of arguments and each argument;</li>
 *   <li>reply: version, exit status, standard output, standard error.</li>
 * </ul>
 * A plain format of our own rather than JSON: the second process is a short-lived JVM, and loading a JSON library
 * into it took longer than the whole exchange.
 */
public final class Protocol {
    public static final int VERSION = 1;
    /** No request is larger: a command line is a few hundred bytes. */
    public static final int MAX_REQUEST_BYTES = 1 << 20;
    /** Replies carry what a command printed, such as a whole export; more than this is not a reply. */
    public static final int MAX_REPLY_BYTES = 1 << 30;

    /** A request as read: its version first, then (when that is ours) the rest. */
    record RequestMessage(int version, String token, Request request) {
    }

    /** A reply as read; {@code reply} is null when the version is not ours. */
    record ReplyMessage(int version, Reply reply) {
    }

    private Protocol() {
    }

    static void writeRequest(OutputStream out, String token, Request request) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(VERSION);
        text(data, token);
        text(data, request.kind().name());
        text(data, request.workingFolder());
        text(data, request.dataFolder());
        data.writeInt(request.args().size());
        for (String arg : request.args()) {
            text(data, arg);
        }
        frame(out, bytes.toByteArray(), MAX_REQUEST_BYTES);
    }

    static RequestMessage readRequest(InputStream in) throws IOException {
        DataInputStream data = unframe(in, MAX_REQUEST_BYTES);
        int version = data.readInt();
        if (version != VERSION) {
            return new RequestMessage(version, null, null);
        }
        try {
            String token = text(data);
            Request.Kind kind = Request.Kind.valueOf(text(data));
            String working = text(data);
            String folder = text(data);
            int count = data.readInt();
            // Each argument takes at least its 4-byte length: a count the message cannot hold is not believed (and
            // nothing is set aside for it). A command line has as many arguments as the system lets it (a `skip`
            // with thousands of --obstacle runs on its own), so within the request's size any number is one.
            if (count < 0 || count > data.available() / 4) {
                throw new MessageException("a request with " + count + " arguments");
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(text(data));
            }
            return new RequestMessage(version, token, new Request(kind, args, working, folder));
        } catch (IllegalArgumentException | EOFException e) {
            throw new MessageException("the request is not one Rune understands");
        }
    }

    static void writeReply(OutputStream out, Reply reply) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(VERSION);
        data.writeInt(reply.status());
        text(data, reply.out());
        text(data, reply.err());
        frame(out, bytes.toByteArray(), MAX_REPLY_BYTES);
    }

    static ReplyMessage readReply(InputStream in) throws IOException {
        DataInputStream data = unframe(in, MAX_REPLY_BYTES);
        int version = data.readInt();
        if (version != VERSION) {
            return new ReplyMessage(version, null);
        }
        try {
            int status = data.readInt();
            return new ReplyMessage(version, new Reply(status, text(data), text(data)));
        } catch (EOFException e) {
            throw new MessageException("the reply is not one Rune understands");
        }
    }

    private static void text(DataOutputStream data, String text) throws IOException {
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        data.writeInt(bytes.length);
        data.write(bytes);
    }

    private static String text(DataInputStream data) throws IOException {
        int length = data.readInt();
        if (length < 0 || length > data.available()) {
            throw new MessageException("a text longer than its message");
        }
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void frame(OutputStream out, byte[] message, int limit) throws IOException {
        if (message.length > limit) {
            throw new MessageException("a message of " + message.length + " bytes is over the limit of " + limit);
        }
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(message.length);
        data.write(message);
        data.flush();
    }

    private static DataInputStream unframe(InputStream in, int limit) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int length;
        try {
            length = data.readInt();
        } catch (EOFException e) {
            throw new MessageException("the other side closed before saying anything");
        }
        if (length < 4 || length > limit) {
            throw new MessageException("a message of " + Integer.toUnsignedString(length) + " bytes (the limit is "
                    + limit + ")");
        }
        byte[] message = new byte[length];
        try {
            data.readFully(message);
        } catch (EOFException e) {
            throw new MessageException("the message ended early");
        }
        return new DataInputStream(new ByteArrayInputStream(message));
    }

    /** A message that is cut short, too large or not understood. */
    static final class MessageException extends IOException {
        MessageException(String message) {
            super(message);
        }
    }
}
