package app.rune.store;

import app.rune.data.DamagedDataFileException;
import app.rune.data.StoreException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;

/**
 * The live database file as the repositories see it. An import replaces the file underneath them, so they
 * ask for the open database each time instead of keeping one. Once the file is found damaged, every further
 * use is refused with that finding: nothing more is read from it or written to it.
 */
final class Database {
    private final ObjectMapper json;
    private NitriteDatabase current;
    private DocumentCodec codec;
    private Supplier<NitriteDatabase> reopen;
    private DamagedDataFileException damaged;

    Database(ObjectMapper json) {
        this.json = json;
    }

    void use(NitriteDatabase database) {
        this.current = database;
        if (database != null) {
            // A new file (a restore's, in place of one found damaged) starts without that finding.
            damaged = null;
        }
        this.codec = database == null ? null : new DocumentCodec(json, database.mapper());
    }

    /** How to open the file again after a failed write (a full disk, say) closed it. */
    void reopenWith(Supplier<NitriteDatabase> opener) {
        this.reopen = opener;
    }

    NitriteDatabase open() {
        if (damaged != null) {
            throw damaged;
        }
        if (current == null) {
            throw new StoreException("The data file is closed.");
        }
        if (current.failed() && reopen != null) {
            // The last committed state is on disk; opening it again lets the person retry once there is room.
            current.discard();
            use(null);
            use(reopen.get());
        }
        return current;
    }

    /**
     * The file was found damaged: it is let go without another byte written, and every later use is refused
     * with {@code finding}.
     */
    void markDamaged(DamagedDataFileException finding) {
        damaged = finding;
        if (current != null) {
            current.discard();
        }
    }

    /** Where the live file is found damaged, if it was. */
    DamagedDataFileException damaged() {
        return damaged;
    }

    /** The live file object, whatever its state (null when closed): for closing and swapping files. */
    NitriteDatabase current() {
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
