package app.rune.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Why reading or writing a file failed, in a few words for the person ("the disk is full; free some space and try
 * again") instead of the system's ("No space left on device", "(Input/output error)"). The system's words go to the
 * log with the failure; these are what Rune says.
 */
public final class FileProblems {
    /** Less free space than this on a file's disk counts as a full disk (a write that failed for it, say). */
    private static final long FULL_BELOW_BYTES = 4L * 1024 * 1024;

    private FileProblems() {
    }

    /**
     * What went wrong with {@code file} (the file or folder being written or read; may be null), looking through
     * the causes of {@code failure} for the first that says.
     */
    public static String describe(Throwable failure, Path file) {
        return recognised(failure, file).orElse("the details are in rune.log in the data folder");
    }

    /** As {@link #describe}, but empty when neither the failure nor the disk says what went wrong. */
    public static Optional<String> recognised(Throwable failure, Path file) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String said = known(t, file);
            if (said != null) {
                return Optional.of(said);
            }
        }
        return file != null && isFull(file) ? Optional.of(diskFull()) : Optional.empty();
    }

    private static String known(Throwable t, Path file) {
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("no space left on device") || m.contains("not enough space on the disk")
                || m.contains("disk quota exceeded")) {
            return diskFull();
        }
        if (t instanceof OutOfMemoryError) {
            return "there was not enough memory; close other programs, or give Rune more (java -Xmx2g -jar …)";
        }
        Path where = t instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : file;
        if (t instanceof AccessDeniedException || m.contains("permission denied") || m.contains("access is denied")
                || m.contains("operation not permitted")) {
            return "Rune is not allowed to write in " + folderOf(where);
        }
        if (m.contains("read-only file system")) {
            return "the disk holding " + folderOf(where) + " can only be read, not written";
        }
        if (m.contains("input/output error") || m.contains("i/o error")) {
            return "the disk reported an error (it may be failing, or was removed)";
        }
        if (t instanceof NoSuchFileException) {
            return where + " does not exist";
        }
        if (t instanceof NotDirectoryException || m.contains("not a directory")) {
            return where + " is a file where a folder belongs";
        }
        if (t instanceof FileAlreadyExistsException) {
            return where + " is in the way: something of that name is there already";
        }
        if (m.contains("too many levels of symbolic links")) {
            return where + " is a symbolic link that leads back to itself (a loop of links)";
        }
        if (m.contains("file name too long")) {
            return "the file's name is too long for the disk";
        }
        // Rune's own reasons ("a file has the backups folder's name; …") are words for the person already.
        return t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : null;
    }

    private static String diskFull() {
        return "the disk is full; free some space and try again";
    }

    private static Object folderOf(Path where) {
        if (where == null) {
            return "the data folder";
        }
        Path absolute = where.toAbsolutePath();
        return Files.isDirectory(absolute) || absolute.getParent() == null ? absolute : absolute.getParent();
    }

    /** Whether the disk {@code file} is (or would be) on has less than {@link #FULL_BELOW_BYTES} free. */
    private static boolean isFull(Path file) {
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
