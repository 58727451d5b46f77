package app.rune.store;

import app.rune.TestData;
import app.rune.data.DamagedDataFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;

/**
 * Spoils a data file the way a disk or a stray write can: 4 KiB of noise at a place where the file still opens
 * (its header and the collections' roots read) but a page below them does not. Such a place is found by trying
 * one after another, as the file's layout depends on what was written (and on when compaction ran while it was
 * written, so it differs from one run to the next).
 *
 * <p>A place where MVStore's own assertions would be the first to notice the noise is passed over. The tests run
 * with assertions on; Rune does not. Noise that leaves a node page's header and first child whole but spoils the
 * counts of its children makes MVStore, with assertions on, throw an {@link AssertionError} as soon as that node is
 * read ("the child's count is not what its parent says"); without them the same read goes on to the child and
 * fails with MVStore's own "file corrupted", which Rune takes as damage. The tests must see what Rune sees.
 */
public final class UnreadablePage {
    private UnreadablePage() {
    }

    /** Spoils {@code folder}'s data file so; returns the spoiled bytes, now in the file. */
    public static byte[] spoil(DataFolder folder) throws Exception {
        byte[] whole = Files.readAllBytes(folder.databaseFile());
        Random random = new Random(7);
        for (int at = 8192; at + 4096 < whole.length; at += 2048) {
            byte[] bytes = whole.clone();
            byte[] noise = new byte[4096];
            random.nextBytes(noise);
            System.arraycopy(noise, 0, bytes, at, noise.length);
            Files.write(folder.databaseFile(), bytes);
            if (!tripsAnAssertionOfMVStore(folder.databaseFile()) && opensButCannotBeReadWhole(folder)) {
                return bytes;
            }
        }
        throw new AssertionError("no place in the file damages a page below the collections' roots");
    }

    private static boolean opensButCannotBeReadWhole(DataFolder folder) {
        Store store;
        try {
            store = Store.open(folder, TestData.json());
        } catch (DamagedDataFileException refusedAtOnce) {
            return false;
        }
        try {
            store.readAll();
            return false;
        } catch (DamagedDataFileException found) {
            return true;
        } finally {
            store.close();
            deleteRecoveryFiles(folder);
        }
    }

    /** Whether reading every page that still reads, as Rune may, meets an assertion of MVStore's own. */
    static boolean tripsAnAssertionOfMVStore(Path file) {
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        } catch (RuntimeException unreadable) {
            return false;
        }
        try {
            for (String name : store.getMapNames()) {
                Page<Object, Object> root;
                try {
                    root = store.openMap(name).getRootPage();
                } catch (RuntimeException unreadable) {
                    continue;
                }
                readBelow(root);
            }
            return false;
        } catch (AssertionError check) {
            return true;
        } finally {
            store.closeImmediately();
        }
    }

    private static void readBelow(Page<Object, Object> page) {
        if (page.isLeaf()) {
            return;
        }
        for (int i = 0; i < page.getRawChildPageCount(); i++) {
            Page<Object, Object> child;
            try {
                child = page.getChildPage(i);
            } catch (RuntimeException unreadable) {
                // Damage as Rune meets it: an exception of MVStore's own.
                continue;
            }
            readBelow(child);
        }
    }

    private static void deleteRecoveryFiles(DataFolder folder) {
        try (Stream<Path> files = Files.list(folder.root())) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains(".recovered-")).toList()) {
                Files.delete(file);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
