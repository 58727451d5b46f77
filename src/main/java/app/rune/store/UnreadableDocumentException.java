package app.rune.store;

import app.rune.data.StoreException;
/**
 * A stored document that does not decode into the model: Rune only ever stores documents that do, so the file
 * holds something Rune did not write there (see {@link DamageSigns}).
 */
final class UnreadableDocumentException extends StoreException {
    UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
