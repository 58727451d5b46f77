package app.rune.service.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What pruning needs to know of a backup without reading it whole: its size, and whether it holds any document
 * at all. An export without documents is a hundred bytes or so, so only small files are looked into.
 *
 * @param bytes the file's size; 0 when it cannot be read
 * @param holdsDocuments whether any collection in it has a document
 */
record BackupContent(long bytes, boolean holdsDocuments) {
    /** Files at least this large hold a document: the five empty collections take far less. */
    private static final long SURELY_NOT_EMPTY = 1024;
    private static final JsonFactory JSON = new JsonFactory();

    static BackupContent measure(BackupFile backup) {
        try {
            long bytes = Files.size(backup.file());
            return new BackupContent(bytes, bytes >= SURELY_NOT_EMPTY || holdsDocuments(backup.file()));
        } catch (IOException e) {
            return new BackupContent(0, false);
        }
    }

    /** Whether a list in the file holds an object: the first document is enough to tell. */
    private static boolean holdsDocuments(Path file) throws IOException {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT && depth == 2) {
                    return true;
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
            return false;
        } catch (IOException | RuntimeException unreadable) {
            // Not a backup Rune could restore: it holds nothing worth keeping a place for.
            return false;
        }
    }
}
