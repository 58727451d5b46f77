package app.rune.service.transfer.loop;

import app.rune.service.transfer.InvalidImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells which of Loop's files the person chose by what it holds, not by its name: a backup is an SQLite file, a
 * CSV export a zip or the folder it unpacks to.
 */
final class LoopFiles {
    /** A backup larger than this is not one: ten years of twenty habits is about 5 MiB. */
    static final long LARGEST_FILE = 512L * 1024 * 1024;
    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private LoopFiles() {
    }

    static LoopHistory read(Path file) throws InvalidImportException, IOException {
        String source = file.toString();
        if (!Files.exists(file)) {
            throw LoopText.refused(source, "", "no such file or folder");
        }
        if (Files.isDirectory(file)) {
            return new LoopCsvReader().read(LoopCsvFiles.ofFolder(file, source), source);
        }
        if (!Files.isRegularFile(file)) {
            throw LoopText.refused(source, "", "is not a regular file (it is a device, a pipe or a socket)");
        }
        if (Files.size(file) > LARGEST_FILE) {
            throw LoopText.refused(source, "", "is larger than 512 MiB; that is not one of Loop's files");
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(SQLITE.length);
        } catch (NoSuchFileException e) {
            throw LoopText.refused(source, "", "no such file or folder");
        }
        if (startsWith(start, SQLITE)) {
            return LoopBackupReader.read(file, source);
        }
        if (startsWith(start, ZIP)) {
            return new LoopCsvReader().read(LoopCsvFiles.ofZip(file, source), source);
        }
        throw LoopText.refused(source, "", "is neither a Loop Habit Tracker backup (\"Loop Habits Backup ....db\") nor"
                + " its CSV export (\"Loop Habits CSV ....zip\", or the folder it unpacks to)");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

}
