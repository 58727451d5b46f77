package app.rune.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Why writing a file failed, in a few words for the person. MVStore and Nitrite report a full disk in many
 * ways, some of them only as a later failure inside the library (a field that was never set); their messages
 * mean nothing to the person, so the disk itself is asked, and the details go to the log.
 */
final class WriteFailure {
    /** Less free space than this on the file's disk counts as a full disk. */
    static final long FULL_BELOW_BYTES = 4L * 1024 * 1024;

    private WriteFailure() {
    }

    static String describe(Throwable failure, Path file) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("There is not enough space on the disk")
                    || m.contains("Disk quota exceeded")) {
                return diskFull();
            }
            if (t instanceof OutOfMemoryError) {
                return "there was not enough memory; close other programs, or give Rune more (java -Xmx2g -jar …)";
            }
            if (t instanceof AccessDeniedException || m.contains("Permission denied")) {
                return "Rune is not allowed to write in " + file.toAbsolutePath().getParent();
            }
        }
        if (isFull(file)) {
            return diskFull();
        }
        return "the details are in rune.log in the data folder";
    }

    private static String diskFull() {
        return "the disk is full; free some space and try again";
    }

    static boolean isFull(Path file) {
        try {
            Path existing = file.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && Files.getFileStore(existing).getUsableSpace() < FULL_BELOW_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
