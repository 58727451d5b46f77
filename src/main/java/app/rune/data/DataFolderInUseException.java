package app.rune.data;

import java.nio.file.Path;

/** Another Rune (the app or a command) is using the data folder; only one may, so the file stays whole. */
public final class DataFolderInUseException extends StoreException {
    private final Path folder;

    public DataFolderInUseException(Path folder) {
        super("Another Rune is using the data folder " + folder + ". Close it (or wait for the command to finish) and try again.");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
