package app.rune.store;

import java.nio.file.Path;

/**
 * The data file exists but will not open: damaged, cut short, or not a Rune data file at all. It has been left
 * exactly as it was; {@link Store#openSettingAsideDamaged} moves it aside so a backup can be restored.
 */
public final class DamagedDataFileException extends StoreException {
    private final Path file;

    public DamagedDataFileException(Path file, String reason, Throwable cause) {
        super("Rune's data file " + file + " cannot be opened; it may be damaged (" + reason + "). "
                + "It has been left as it is.", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
