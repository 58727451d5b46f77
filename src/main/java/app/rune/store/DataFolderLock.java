package app.rune.store;

import app.rune.data.DataFolderInUseException;
import app.rune.data.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;

/**
 * Holds the data folder for this process. The database file has a lock of its own, but that lock does not
 * survive the file being replaced (as an import does), so Rune keeps this one for its whole life.
 */
final class DataFolderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(DataFolder folder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            DataFolder.restrictToOwner(folder.lockFile());
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataFolderInUseException(folder.root());
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException sameProcess) {
            closeQuietly(channel);
            throw new DataFolderInUseException(folder.root());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Rune cannot use the data folder " + folder.root() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more can be done; the OS releases the lock when the process ends.
            }
        }
    }
}
