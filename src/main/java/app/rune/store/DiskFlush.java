package app.rune.store;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes what was written reach the disk. MVStore's commit writes but never flushes, and a rename is only durable
 * once its folder is flushed; without these a power cut soon after could undo a change Rune reported done.
 */
final class DiskFlush {
    private static final Logger LOG = System.getLogger(DiskFlush.class.getName());

    private DiskFlush() {
    }

    /**
     * Flushes {@code file}'s pages: the flush applies to the file, not to the channel that wrote them.
     *
     * @throws IOException when the system reports that the pages could not be written: it may then drop them, so
     *     what was written is not known to be on the disk, and the caller must not report it saved
     */
    static void file(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Makes a rename in {@code folder} durable; not every platform can open a folder for this, which is harmless. */
    static void folder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Could not flush folder " + folder, e);
        }
    }
}
