package app.rune.store;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The live database file as the repositories see it. An import replaces the file underneath them, so they
 * ask for the open database each time instead of keeping one.
 */
final class Database {
    private final ObjectMapper json;
    private NitriteDatabase current;
    private DocumentCodec codec;

    Database(ObjectMapper json) {
        this.json = json;
    }

    void use(NitriteDatabase database) {
        this.current = database;
        this.codec = database == null ? null : new DocumentCodec(json, database.mapper());
    }

    NitriteDatabase open() {
        if (current == null) {
            throw new StoreException("The data file is closed.");
        }
        return current;
    }

    DocumentCodec codec() {
        open();
        return codec;
    }

    ObjectMapper codecMapper() {
        return json;
    }

    boolean isOpen() {
        return current != null;
    }
}
