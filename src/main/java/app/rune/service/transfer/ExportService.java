package app.rune.service.transfer;

import app.rune.model.DataSet;
import app.rune.service.analytics.AnalyticsService;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes all five collections as one JSON file, the same format {@link ImportService} reads. The
 * {@code user_analytics} written are the figures the days written give ({@link AnalyticsService#withCurrentFigures}),
 * so an export or a backup is current with its days even when the stored figures lag behind them; the data file
 * is only read.
 */
public final class ExportService {
    private final Store store;
    private final ObjectMapper json;
    private final AnalyticsService analytics;

    public ExportService(Store store, ObjectMapper json, AnalyticsService analytics) {
        this.store = store;
        this.json = json;
        this.analytics = analytics;
    }

    /** Everything stored, with the figures recomputed from the days (nothing is written to the store). */
    public DataSet exportAll() {
        return current(store.readAll());
    }

    /** {@code stored}, everything the data file holds (read already), with the figures recomputed from its days. */
    DataSet current(DataSet stored) {
        return analytics.withCurrentFigures(stored);
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
        write(data, file);
        return data;
    }

    /** Whether nothing at all is stored (counted without reading a document). */
    boolean holdsNothing() {
        return store.documentCount() == 0;
    }

    /**
     * Writes what {@link #writeTo(Path)} writes, reading one document at a time (see {@link StreamedExport}); the
     * file is left as it was when the read fails (a damaged data file, say).
     */
    void writeAsRead(Path file) throws IOException {
        AtomicFileWriter.write(file, out -> StreamedExport.write(out, store, json, analytics.currentFigures()));
    }

    /** Writes {@code data}, read already, to {@code file} as {@link #writeTo(Path)} does. */
    void write(DataSet data, Path file) throws IOException {
        AtomicFileWriter.write(file, out -> json.writeValue(out, data));
    }
}
