package app.rune.store;

import app.rune.TestData;
import app.rune.data.DamagedDataFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Spoils a data file the way a disk or a stray write can: 4 KiB of noise at a place where the file still opens
 * (its header and the collections' roots read) but a page below them does not. Such a place is found by trying
 * one after another, as the file's layout depends on what was written.
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
            if (opensButCannotBeReadWhole(folder)) {
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
