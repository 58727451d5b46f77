package app.rune.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;

/**
 * The live database file as the repositories see it. An import replaces the file underneath them, so they
 * ask for the open database each time instead of keeping one.
 */
final class Database {
    private final ObjectMapper json;
    private NitriteDatabase current;
    private DocumentCodec codec;
    private Supplier<NitriteDatabase> reopen;

    Database(ObjectMapper json) {
        this.json = json;
    }

    void use(NitriteDatabase database) {
        this.current = database;
        this.codec = database == null ? null : new DocumentCodec(json, database.mapper());
    }

    /** How to open the file again after a failed write (a full disk, say) closed it. */
    void reopenWith(Supplier<NitriteDatabase> opener) {
        this.reopen = opener;
    }

    NitriteDatabase open() {
        if (current == null) {
            throw new StoreException("The data file is closed.");
        }
        if (current.failed() && reopen != null) {
            // The last committed state is on disk; opening it again lets the person retry once there is room.
            try {
                current.closeWithoutCompacting();
            } catch (RuntimeException alreadyClosed) {
                // It closed itself when the write failed.
            }
            use(null);
            use(reopen.get());
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
