package app.rune.service.transfer;

import app.rune.model.DataSet;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Brings documents in from a JSON file in the export format: every document is checked first, then all of them
 * are stored at once, replacing stored documents with the same {@code _id}. Documents are stored as given;
 * nothing is derived while importing.
 */
public final class ImportService {
    private final Store store;
    private final ImportReader reader;

    public ImportService(Store store, ObjectMapper json) {
        this.store = store;
        this.reader = new ImportReader(json);
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
        DataSet incoming = reader.read(source, content, store.dailyProgress()::findByUserAndDate);
        int replaced = incoming.size() == 0 ? 0 : store.upsertAll(incoming);
        return new Summary(incoming.size() - replaced, replaced);
    }

}
