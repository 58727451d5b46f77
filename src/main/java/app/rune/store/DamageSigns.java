package app.rune.store;

import app.rune.data.DamagedDataFileException;
import java.util.Optional;
import java.util.Set;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Tells a failure that means the data file itself is damaged (a page that no longer reads, a chunk that is gone, a
 * stored document that is not what Rune wrote) from other failures (a full disk, a closed store, a bug). MVStore
 * reports the first kind with its own error codes, wherever in a chain of causes Nitrite has wrapped them, or,
 * for a page whose bytes are garbage, with whatever its deserialiser met while reading the page.
 */
final class DamageSigns {
    private static final Set<Integer> DAMAGE = Set.of(DataUtils.ERROR_READING_FAILED, DataUtils.ERROR_FILE_CORRUPT,
            DataUtils.ERROR_SERIALIZATION, DataUtils.ERROR_CHUNK_NOT_FOUND, DataUtils.ERROR_BLOCK_NOT_FOUND,
            DataUtils.ERROR_UNKNOWN_DATA_TYPE, DataUtils.ERROR_UNSUPPORTED_FORMAT);

    private DamageSigns() {
    }

    /** What is wrong with the file, in the person's words, if {@code failure} says it is damaged. */
    static Optional<String> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DamagedDataFileException damaged) {
                return Optional.of(damaged.reason());
            }
            if (t instanceof UnreadableDocumentException) {
                return Optional.of("a part of it cannot be read (it was probably overwritten, or the disk is failing)");
            }
            if (t instanceof MVStoreException store && (DAMAGE.contains(store.getErrorCode()) || whileReadingAPage(t))) {
                return Optional.of(store.getErrorCode() == DataUtils.ERROR_CHUNK_NOT_FOUND
                        || store.getErrorCode() == DataUtils.ERROR_BLOCK_NOT_FOUND
                        ? "a part of it is missing (it was probably cut short)"
                        : "a part of it cannot be read (it was probably overwritten, or the disk is failing)");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code failure} is MVStore finding the file locked by another process: a Rune that holds the file open
     * (its folder's lock file deleted by hand, say). That file is in use, not damaged, and must not be treated so.
     */
    static boolean lockedElsewhere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_FILE_LOCKED
                    || t instanceof java.nio.channels.OverlappingFileLockException) {
                return true;
            }
        }
        return false;
    }

    /** MVStore passes on its own exceptions from a page's deserialiser as they are (an "unsupported type"). */
    private static boolean whileReadingAPage(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().equals("org.h2.mvstore.Page") && frame.getMethodName().equals("read")) {
                return true;
            }
        }
        return false;
    }
}
