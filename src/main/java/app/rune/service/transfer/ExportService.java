package app.rune.service.transfer;

import app.rune.model.DataSet;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes all five collections as one JSON file, the same format {@link ImportService} reads. */
public final class ExportService {
    private final Store store;
    private final ObjectMapper json;

    public ExportService(Store store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public DataSet exportAll() {
        return store.readAll();
    }

    /** Writes the export to {@code out} (standard output, say), which stays open. */
    public void writeTo(Writer out) throws IOException {
        json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, exportAll());
        out.write(System.lineSeparator());
        out.flush();
    }

    /**
     * Writes the export to {@code file} through a temporary file beside it, so an existing file is either the
     * old export or the complete new one, never half of it.
     */
    public DataSet writeTo(Path file) throws IOException {
        DataSet data = exportAll();
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(folder.toString(), null, "no such folder");
        }
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                json.writeValue(out, data);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return data;
    }
}
