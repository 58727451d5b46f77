package app.rune.data;

import java.nio.file.Path;

/** The data file was written by a newer Rune, in a schema this one does not know; it is left untouched. */
public final class NewerDataFileException extends StoreException {
    public NewerDataFileException(Path file, int fileVersion, int known) {
        super("Rune's data file " + file + " was written by a newer version of Rune (data schema " + fileVersion
                + "; this Rune reads up to " + known + "). Install the newer Rune to open it. The file has not "
                + "been changed.");
    }
}
