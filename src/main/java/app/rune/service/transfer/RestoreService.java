package app.rune.service.transfer;

import app.rune.data.DamagedDataFileException;
import app.rune.model.DataSet;
import app.rune.model.validation.Problem;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Puts the data back as a backup (or any export) holds it: the file is checked exactly like an import, the
 * current state is backed up first, and then the data is exactly the file's documents; unlike an import,
 * documents that are not in the file are gone. Only the JSON format is read: a database file from elsewhere is
 * refused, never opened.
 */
public final class RestoreService {
    /** What an MVStore database file starts with. */
    private static final byte[] DATABASE_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private final Store store;
    private final BackupService backups;
    private final ObjectMapper json;

    public RestoreService(Store store, BackupService backups, ObjectMapper json) {
        this.store = store;
        this.backups = backups;
        this.json = json;
    }

    /** What a restore did: the backup of the state before it, and where a damaged data file was kept. */
    public record Restored(Optional<Path> backupBefore, Optional<Path> damagedKeptAs) {
    }

    /** The documents of {@code file}, checked; or every problem with it (see {@link #check(ObjectMapper, Path)}). */
    public DataSet check(Path file) throws InvalidImportException, IOException {
        return check(json, file);
    }

    /** The documents of {@code file}, checked; or every problem with it. Needs no open data file. */
    public static DataSet check(ObjectMapper json, Path file) throws InvalidImportException, IOException {
        try {
            return read(json, file);
        } catch (InvalidImportException e) {
            throw e.forOperation(file.toString(), "restored");
        }
    }

    private static DataSet read(ObjectMapper json, Path file) throws InvalidImportException, IOException {
        // Refuses a folder, a missing file and one over the import's size limit, as import does.
        byte[] content = ImportReader.readFile(file);
        if (content.length >= DATABASE_HEADER.length
                && Arrays.equals(content, 0, DATABASE_HEADER.length, DATABASE_HEADER, 0, DATABASE_HEADER.length)) {
            throw new InvalidImportException(file.toString(), List.of(new Problem("",
                    "is a database file, not a backup: Rune restores only its JSON backups and exports "
                            + "(rune-YYYY-MM-DD.json in the backups folder, or a file from `rune export`)")));
        }
        // Every stored document is replaced, so only the file's own days can clash with each other.
        return new ImportReader(json).read(file.toString(), content, ImportChecks.Stored.NOTHING);
    }

    /**
     * Backs up the current state, then makes {@code checked} the whole of the data. Over a data file that turns
     * out to be damaged (it cannot be read whole, so it cannot be backed up), the damaged file is moved aside and
     * kept instead ({@link Store#setAsideFile()}).
     *
     * @return the backup of the state before (none when there was nothing to back up, a new or set-aside file:
     *     an empty backup would only push a real one out of the newest 14; or when it was damaged), and where a
     *     damaged data file was kept
     */
    public Restored restore(DataSet checked) {
        Optional<Path> before;
        try {
            before = backups.beforeChange();
        } catch (DamagedDataFileException damaged) {
            before = Optional.empty();
        } catch (IOException e) {
            throw new BackupFailedException("restore", backups.folderPath(), e);
        }
        store.replaceAll(checked);
        return new Restored(before, store.setAsideFile());
    }
}
