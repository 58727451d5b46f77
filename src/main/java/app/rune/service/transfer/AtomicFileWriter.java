package app.rune.service.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an export file through a temporary file beside it and one atomic rename, so the file is either the old
 * one or the complete new one, never half of it: not after a crash, not after a full disk.
 */
final class AtomicFileWriter {

    /** What goes into the file; it may close {@code out}. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    static void write(Path file, Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such folder");
        }
        Path temp = createTempFileIn(folder, absolute);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            // Without this, a power cut soon after the rename can leave the new name on an empty file on some
            // file systems: the rename reaches the disk before the data does.
            try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The temporary file's random name means nothing to the person, so a refusal names the file they asked for. */
    private static Path createTempFileIn(Path folder, Path target) throws IOException {
        try {
            return Files.createTempFile(folder, "." + target.getFileName(), ".part");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(target.toString(), null, "permission denied, cannot write in " + folder);
        }
    }
}
