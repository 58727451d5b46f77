package app.rune.service.transfer;

import app.rune.model.DataSet;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    public Summary importFile(Path file) throws InvalidImportException, IOException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidImportException(file.toString(), List.of(new app.rune.model.validation.Problem("",
                    "no such file")));
        }
        if (Files.isDirectory(file)) {
            throw new InvalidImportException(file.toString(), List.of(new app.rune.model.validation.Problem("",
                    "is a folder, not a file")));
        }
        return importContent(file.toString(), content);
    }

    public Summary importContent(String source, byte[] content) throws InvalidImportException {
        DataSet incoming = reader.read(source, content, store.dailyProgress()::findByUserAndDate);
        DataSet stored = store.readAll();
        int replaced = count(stored.userGoals(), incoming.userGoals(), d -> d.id())
                + count(stored.dailyProgress(), incoming.dailyProgress(), d -> d.id())
                + count(stored.userPreferences(), incoming.userPreferences(), d -> d.id())
                + count(stored.userAnalytics(), incoming.userAnalytics(), d -> d.id())
                + count(stored.conversationContext(), incoming.conversationContext(), d -> d.id());
        if (incoming.size() > 0) {
            store.upsertAll(incoming);
        }
        return new Summary(incoming.size() - replaced, replaced);
    }

    private static <T> int count(List<T> stored, List<T> incoming, Function<T, String> idOf) {
        Set<String> ids = stored.stream().map(idOf).collect(Collectors.toSet());
        return (int) incoming.stream().map(idOf).filter(ids::contains).count();
    }
}
