package app.rune.service.transfer;

import app.rune.model.Collection;
import app.rune.model.DailyProgress;
import app.rune.model.StoredDocument;
import app.rune.model.validation.DocumentValidator;
import app.rune.model.validation.Problems;
import app.rune.model.DataSet;
import app.rune.model.UserGoals;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Brings documents in from a JSON file in the export format: every document is checked first, then all of them
 * are stored at once, replacing stored documents with the same {@code _id}. Documents are stored as given;
 * nothing is derived while importing.
 */
public final class ImportService {
    private static final System.Logger LOG = System.getLogger(ImportService.class.getName());

    private final Store store;
    private final ImportReader reader;
    private final BackupService backups;
    private final DocumentValidator validator = new DocumentValidator();

    /** Without backups (tests of the import alone). */
    public ImportService(Store store, ObjectMapper json) {
        this(store, json, null);
    }

    /**
     * With backups: the state just before the import is backed up before it changes anything (if the backup
     * cannot be written, nothing is imported), and the imported state after it.
     */
    public ImportService(Store store, ObjectMapper json, BackupService backups) {
        this.store = store;
        this.reader = new ImportReader(json);
        this.backups = backups;
    }

    /** What an import did, per collection: how many documents were new and how many replaced stored ones. */
    public record Summary(int added, int replaced) {
        public int total() {
            return added + replaced;
        }
    }

    /** Imports {@code file}; one larger than {@link ImportReader#MAX_FILE_BYTES} is refused without reading it. */
    public Summary importFile(Path file) throws InvalidImportException, IOException {
        return importContent(file.toString(), ImportReader.readFile(file));
    }

    public Summary importContent(String source, byte[] content) throws InvalidImportException {
        DataSet incoming = reader.read(source, content, new ImportChecks.Stored() {
            @Override
            public Optional<DailyProgress> progress(String user, LocalDate date) {
                return store.dailyProgress().findByUserAndDate(user, date);
            }

            @Override
            public Optional<UserGoals> goals(String user) {
                return store.userGoals().findById(user);
            }
        });
        return store(incoming);
    }

    /**
     * Stores documents made from another tracker's file (Loop's, say) as one import: each is checked by the rules
     * of a document read from a file, {@code source} and its path naming a problem, then they are stored the same
     * way, backed up before and after.
     */
    public Summary importDocuments(String source, DataSet incoming) throws InvalidImportException {
        Problems problems = new Problems(ImportReader.MAX_LISTED_PROBLEMS);
        for (Collection kind : Collection.values()) {
            List<? extends StoredDocument> documents = incoming.of(kind);
            for (int i = 0; i < documents.size(); i++) {
                problems.addAll(validator.validate(documents.get(i), Problems.index(kind.collectionName(), i)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImportException(source, problems.list(), problems.full());
        }
        return store(incoming);
    }

    private Summary store(DataSet incoming) {
        if (incoming.size() == 0) {
            return new Summary(0, 0);
        }
        // Everything is read once: the backup before is made from that read, and the backup after from what was
        // stored, instead of reading years of days two more times.
        Store.Upserted done = store.upsertAll(incoming, stored -> {
            if (backups != null) {
                try {
                    backups.beforeChange(stored);
                } catch (IOException e) {
                    throw new BackupFailedException("import", backups.folderPath(), e);
                }
            }
        });
        if (backups != null) {
            try {
                backups.now(done.stored());
            } catch (IOException e) {
                // The import is done and safe in the data file; only its backup is missing, and the next one
                // (tomorrow's, or on demand) will have it.
                LOG.log(System.Logger.Level.WARNING, "Could not back up after the import", e);
            }
        }
        return new Summary(incoming.size() - done.replaced(), done.replaced());
    }

}
