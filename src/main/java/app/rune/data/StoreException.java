package app.rune.data;

/** The data could not be read or written. The message is meant for the person using Rune. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
