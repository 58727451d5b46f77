package app.rune.store;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.h2.mvstore.MVStoreTool;

/** The data file made compact: a copy of only its live pages, put in its place once safely on disk. */
final class CompactedCopy {
    private static final Logger LOG = System.getLogger(CompactedCopy.class.getName());

    private CompactedCopy() {
    }

    /**
     * Writes a compacted copy beside the file and puts it in place with one atomic rename, once the copy is on
     * disk. MVStore's own compaction renames a copy it has not flushed; a power cut could leave an empty file.
     * The copy holds the same commit count, so the record still describes it.
     */
    static void replace(Path file) {
        // MVStore's name for its own compaction's copy, which opening cleans up if a kill leaves it behind.
        Path copy = file.resolveSibling(file.getFileName() + ".tempFile");
        try {
            Files.deleteIfExists(copy);
            MVStoreTool.compact(file.toString(), copy.toString(), true);
            DiskFlush.file(copy);
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            DiskFlush.folder(file.getParent());
            DataFolder.restrictToOwner(file);
        } catch (RuntimeException | IOException e) {
            // A file that is not compacted is still whole; it is only larger than it needs to be.
            LOG.log(Level.WARNING, "Compacting " + file + " failed", e);
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // Opening cleans it up.
            }
        }
    }
}
