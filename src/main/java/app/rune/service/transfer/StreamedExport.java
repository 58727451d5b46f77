package app.rune.service.transfer;

import app.rune.model.Collection;
import app.rune.model.UserPreferences;
import app.rune.service.analytics.CurrentFigures;
import app.rune.store.DocumentRepository;
import app.rune.store.Store;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the export of everything stored as it reads it, one document at a time, in one read of the file: the
 * same bytes as {@link ExportService#writeTo(java.nio.file.Path)} writes from the documents read whole, without
 * holding them (ten years of days are some 13 MB of records). Preferences are read first and written in their
 * place, for the figures need each person's zone before their days (see {@link CurrentFigures}).
 */
final class StreamedExport {
    private final Store store;
    private final ObjectWriter json;
    private final CurrentFigures figures;
    private final JsonGenerator out;

    private StreamedExport(Store store, ObjectMapper json, CurrentFigures figures, JsonGenerator out) {
        this.store = store;
        // One flush at the end, not one per document.
        this.json = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.figures = figures;
        this.out = out;
    }

    /** Writes the export to {@code target}, which stays open. A failed read (a damaged file) ends it unfinished. */
    static void write(OutputStream target, Store store, ObjectMapper json, CurrentFigures figures) throws IOException {
        try (JsonGenerator out = json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(target)) {
            StreamedExport export = new StreamedExport(store, json, figures, out);
            store.inOneRead(() -> {
                export.writeAll();
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeAll() throws IOException {
        List<UserPreferences> preferences = new ArrayList<>();
        store.userPreferences().forEachInOrder(person -> {
            preferences.add(person);
            figures.preferences(person);
        });
        out.writeStartObject();
        collection(Collection.USER_GOALS, store.userGoals(), figures::goals);
        collection(Collection.DAILY_PROGRESS, store.dailyProgress(), figures::day);
        out.writeFieldName(Collection.USER_PREFERENCES.collectionName());
        out.writeStartArray();
        for (UserPreferences person : preferences) {
            json.writeValue(out, person);
        }
        out.writeEndArray();
        out.writeFieldName(Collection.USER_ANALYTICS.collectionName());
        out.writeStartArray();
        store.userAnalytics().forEachInOrder(stored -> document(figures.of(stored)));
        out.writeEndArray();
        collection(Collection.CONVERSATION_CONTEXT, store.conversationContext(), context -> { });
        out.writeEndObject();
    }

    private <T> void collection(Collection kind, DocumentRepository<T> documents, Consumer<T> seen) throws IOException {
        out.writeFieldName(kind.collectionName());
        out.writeStartArray();
        documents.forEachInOrder(document -> {
            seen.accept(document);
            document(document);
        });
        out.writeEndArray();
    }

    private void document(Object document) {
        try {
            json.writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
