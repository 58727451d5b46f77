package app.rune.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.zip.CRC32;

/**
 * {@code rune.db.commit}: how many changes Rune has committed to {@code rune.db}, kept beside it. The data file
 * counts its own commits too ({@link DataFileCheck#COMMITS_KEY}); a file that counts fewer than this record went
 * back to an earlier state (cut short, overwritten, replaced by an old copy), which MVStore would otherwise open
 * without a word.
 *
 * <p>The record is written after each commit has been flushed to the data file, so it can lag behind the file
 * (a crash or power cut between the two) but never run ahead of it: a lag only makes the check weaker for a
 * moment, never wrong. It costs one small write per commit and no flush of its own.
 *
 * <p>Two fixed-size text slots, each with its own checksum, are written in turn (by the count's parity): a write
 * torn by a power cut spoils at most one slot, and the other still holds the count before it.
 */
final class CommitRecord implements AutoCloseable {
    private static final int SLOT_BYTES = 64;
    private static final String MAGIC = "rune-commits";

    private final Path file;
    private FileChannel channel;

    private CommitRecord(Path file) {
        this.file = file;
    }

    /** The record beside {@code databaseFile}; nothing is opened until it is read or written. */
    static CommitRecord beside(Path databaseFile) {
        return new CommitRecord(databaseFile.resolveSibling(databaseFile.getFileName() + ".commit"));
    }

    Path file() {
        return file;
    }

    /**
     * The highest count in a readable slot; empty when there is no record or neither slot reads (a record from
     * before this was kept, or one damaged as well).
     */
    OptionalLong read() throws IOException {
        if (!Files.exists(file)) {
            return OptionalLong.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        OptionalLong newest = OptionalLong.empty();
        for (int at = 0; at + SLOT_BYTES <= bytes.length && at < 2 * SLOT_BYTES; at += SLOT_BYTES) {
            OptionalLong slot = parse(new String(bytes, at, SLOT_BYTES, StandardCharsets.US_ASCII));
            if (slot.isPresent() && (newest.isEmpty() || slot.getAsLong() > newest.getAsLong())) {
                newest = slot;
            }
        }
        return newest;
    }

    /** Records {@code commits} in its slot, without flushing: see the class comment for why that is enough. */
    void write(long commits) throws IOException {
        FileChannel open = channel();
        ByteBuffer slot = ByteBuffer.wrap(format(commits).getBytes(StandardCharsets.US_ASCII));
        long position = (commits & 1) * SLOT_BYTES;
        while (slot.hasRemaining()) {
            position += open.write(slot, position);
        }
    }

    /**
     * Records {@code commits} in both slots and flushes them: for a record that is new, or that must hold before
     * the next step (a file swapped in by an import).
     */
    void writeDurably(long commits) throws IOException {
        FileChannel open = channel();
        byte[] both = (format(commits) + format(commits)).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.wrap(both);
        long position = 0;
        while (buffer.hasRemaining()) {
            position += open.write(buffer, position);
        }
        open.force(true);
    }

    /** Forgets the record: the data file it described was moved aside, so there is nothing to compare with. */
    void delete() throws IOException {
        close();
        Files.deleteIfExists(file);
    }

    private FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            boolean existed = Files.exists(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (!existed) {
                DataFolder.restrictToOwner(file);
            }
        }
        return channel;
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.force(true);
            } catch (IOException | RuntimeException e) {
                // Closing still lets the system write it out; at worst the record lags, which is safe.
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to do.
            }
            channel = null;
        }
    }

    /** {@code rune-commits 00000000000000001234 0a1b2c3d} padded with spaces to the slot's size, ending in a line end. */
    static String format(long commits) {
        // Padded by hand: Formatter parses its pattern on every call, a noticeable part of a tick's commit.
        String body = MAGIC + " " + zeroPadded(Long.toString(commits), 20);
        String line = body + " " + zeroPadded(Long.toHexString(crc(body)), 8);
        return line + " ".repeat(SLOT_BYTES - 1 - line.length()) + "\n";
    }

    private static String zeroPadded(String digits, int width) {
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    static OptionalLong parse(String slot) {
        String line = slot.strip();
        String[] parts = line.split(" ");
        if (parts.length != 3 || !parts[0].equals(MAGIC) || parts[1].length() != 20) {
            return OptionalLong.empty();
        }
        String body = parts[0] + " " + parts[1];
        try {
            if (Long.parseLong(parts[2], 16) != crc(body)) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static long crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.US_ASCII));
        return crc.getValue();
    }
}
