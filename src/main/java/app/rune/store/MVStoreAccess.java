package app.rune.store;

import java.lang.reflect.Field;
import org.dizitart.no2.Nitrite;
import org.dizitart.no2.store.NitriteStore;
import org.h2.mvstore.MVStore;

/**
 * The MVStore beneath an open Nitrite database. Nitrite offers no way to close a store without writing to it
 * (its close commits and marks the file cleanly shut), yet a file found damaged, or a change that failed half
 * way, must be let go without another byte written: only MVStore's {@code closeImmediately} does that. Nitrite
 * keeps the store in a private field; this is the one place that reaches for it, and a test fails loudly if a
 * Nitrite upgrade moves it.
 */
final class MVStoreAccess {
    private static final Field STORE_FIELD = storeField();

    private MVStoreAccess() {
    }

    static MVStore of(Nitrite nitrite) {
        NitriteStore<?> store = nitrite.getStore();
        try {
            return (MVStore) STORE_FIELD.get(store);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new IllegalStateException("Nitrite's store is not an MVStore as Rune expects", e);
        }
    }

    /** Lets the file go at once, discarding anything not committed and writing nothing; never fails. */
    static void closeWithoutWriting(Nitrite nitrite) {
        try {
            MVStore store = of(nitrite);
            if (store != null) {
                store.closeImmediately();
            }
        } catch (RuntimeException e) {
            // Closing what is already closed, or a store in a failed state: there is nothing left to let go.
        }
    }

    private static Field storeField() {
        try {
            Field field = Class.forName("org.dizitart.no2.mvstore.NitriteMVStore").getDeclaredField("mvStore");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
