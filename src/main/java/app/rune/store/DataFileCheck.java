package app.rune.store;

import app.rune.data.DamagedDataFileException;
import app.rune.data.DataFolderInUseException;
import app.rune.data.StoreException;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.h2.mvstore.Chunk;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Looks at the data file, read-only, before Nitrite opens it for writing; a file that fails is never opened,
 * migrated or written.
 *
 * <p>Why: MVStore opens a file cut short, or overwritten at its end, without a word, as the newest earlier
 * version it can still read (often an almost empty one), and Nitrite "repairs" a file it cannot open by rolling it
 * back. Anything written then (a migration, a tick, even closing, which rewrites the header and trims the file)
 * overwrites for good what the damaged file still held. So before that, this check opens the file read-only and
 * refuses it when:
 * <ul>
 *   <li>it does not open, or a collection's root cannot be read;</li>
 *   <li>it opens as an older version than its own header says it reached (cut short or overwritten at the end);</li>
 *   <li>a chunk the opened version needs lies beyond the end of the file (cut short);</li>
 *   <li>it counts fewer commits than {@link CommitRecord} says Rune made (gone back to an earlier state, or an
 *       older copy put in its place);</li>
 *   <li>it is missing or empty although Rune has committed to it.</li>
 * </ul>
 * Pages that are damaged deeper in the file are found when they are read ({@link DamageSigns}).
 */
final class DataFileCheck {
    private static final Logger LOG = System.getLogger(DataFileCheck.class.getName());

    /** The map beside the collections where Rune keeps what describes the file itself. */
    static final String META_MAP = "rune_meta";
    /** The layout's version (see {@link Schema}). */
    static final String SCHEMA_KEY = "schema_version";
    /** How many times Rune has committed to this file (see {@link CommitRecord}). */
    static final String COMMITS_KEY = "commits";

    private DataFileCheck() {
    }

    /**
     * Checks {@code file} against {@code recorded}, Rune's count of its commits to it.
     *
     * @return the commits the file counts (0 for a file that does not exist yet)
     * @throws DamagedDataFileException when the file must not be opened; it has not been changed
     */
    static long verify(Path file, OptionalLong recorded) {
        long size;
        try {
            if (!Files.exists(file)) {
                if (recorded.orElse(0) > 0) {
                    throw new DamagedDataFileException(file, "it is missing, though Rune had saved "
                            + changes(recorded.getAsLong()) + " to it", null);
                }
                return 0;
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new StoreException("Rune cannot read its data file " + file + ": " + e.getMessage(), e);
        }
        if (size == 0) {
            if (recorded.orElse(0) > 0) {
                throw new DamagedDataFileException(file, "it is empty, though Rune had saved "
                        + changes(recorded.getAsLong()) + " to it", null);
            }
            // Created and cut off before anything was written: there is nothing in it to lose.
            return 0;
        }
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        } catch (RuntimeException e) {
            if (DamageSigns.lockedElsewhere(e)) {
                // Another Rune holds it open for writing: in use, not damaged (it must never be set aside as such).
                throw new DataFolderInUseException(file.toAbsolutePath().getParent());
            }
            LOG.log(Level.WARNING, "Cannot open " + file + " to check it", e);
            throw new DamagedDataFileException(file, "it cannot be read as a Rune data file", e);
        }
        try {
            return verifyOpen(file, size, store, recorded);
        } catch (DamagedDataFileException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checking " + file + " failed", e);
            throw new DamagedDataFileException(file, DamageSigns.of(e).orElse("a part of it cannot be read"), e);
        } finally {
            store.closeImmediately();
        }
    }

    private static long verifyOpen(Path file, long size, MVStore store, OptionalLong recorded) {
        Map<String, Object> header = store.getStoreHeader();
        long headerVersion = DataUtils.readHexLong(header, "version", 0);
        long opened = store.getCurrentVersion();
        if (opened < headerVersion) {
            throw new DamagedDataFileException(file, "its newest part is missing: only an earlier state of it can "
                    + "be read (version " + opened + " of " + headerVersion + "); it was probably cut short or "
                    + "overwritten at the end", null);
        }
        long blockSize = DataUtils.readHexLong(header, "blockSize", 4096);
        for (Map.Entry<String, String> entry : store.getLayoutMap().entrySet()) {
            if (entry.getKey().startsWith("chunk.")) {
                Chunk<?> chunk = store.getFileStore().createChunk(entry.getValue());
                long end = (chunk.block + chunk.len) * blockSize;
                if (end > size) {
                    throw new DamagedDataFileException(file, String.format(Locale.ROOT, "it is cut short: it has "
                            + "%,d bytes, but its data reaches byte %,d", size, end), null);
                }
            }
        }
        for (String name : store.getMapNames()) {
            // Opening a map reads its root page: a collection whose top no longer reads is found here.
            store.openMap(name);
        }
        long commits = commitsIn(store);
        if (recorded.isPresent() && commits < recorded.getAsLong()) {
            throw new DamagedDataFileException(file, "it went back to an earlier state: it holds "
                    + changes(commits) + ", but Rune had saved " + changes(recorded.getAsLong()) + " to it (it was "
                    + "cut short, overwritten, or an older copy was put in its place)", null);
        }
        return commits;
    }

    /** The file's own count of Rune's commits; 0 for a file from before it was counted. */
    static long commitsIn(MVStore store) {
        if (!store.hasMap(META_MAP)) {
            return 0;
        }
        MVMap<Object, Object> meta = store.openMap(META_MAP);
        return meta.get(COMMITS_KEY) instanceof Number n ? n.longValue() : 0;
    }

    private static String changes(long count) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? "change" : "changes");
    }
}
