package app.rune.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The data file is damaged: it will not open, it opens only as an earlier state of itself (cut short,
 * overwritten, an older copy), or a part of it cannot be read. It has been left exactly as it was, and nothing
 * more is written to it; what could still be read from it may have been saved beside it as a recovery file.
 * Opening the data folder "setting aside" a damaged file moves it aside (never deletes it) so a backup can be
 * restored.
 */
public final class DamagedDataFileException extends StoreException {
    private final Path file;
    private final String reason;
    private final Path recovered;
    private final int recoveredDocuments;

    public DamagedDataFileException(Path file, String reason, Throwable cause) {
        this(file, reason, null, 0, cause);
    }

    private DamagedDataFileException(Path file, String reason, Path recovered, int recoveredDocuments,
            Throwable cause) {
        super(message(file, reason, recovered, recoveredDocuments), cause);
        this.file = file;
        this.reason = reason;
        this.recovered = recovered;
        this.recoveredDocuments = recoveredDocuments;
    }

    /** The same damage, now with the file that holds what could still be read from it. */
    public DamagedDataFileException withRecovery(Path recoveredTo, int documents) {
        DamagedDataFileException withIt = new DamagedDataFileException(file, reason, recoveredTo, documents, getCause());
        withIt.setStackTrace(getStackTrace());
        return withIt;
    }

    private static String message(Path file, String reason, Path recovered, int documents) {
        String text = "Rune's data file " + file + " is damaged: " + reason + ". It has been left as it is.";
        if (recovered != null) {
            text += " What could still be read from it (" + documents + (documents == 1 ? " document" : " documents")
                    + ") is in " + recovered + ".";
        }
        return text;
    }

    public Path file() {
        return file;
    }

    /** What is wrong with it, in a few words (no library messages). */
    public String reason() {
        return reason;
    }

    /** The recovery file (in the export format) holding what could still be read, if one was made. */
    public Optional<Path> recovered() {
        return Optional.ofNullable(recovered);
    }
}
