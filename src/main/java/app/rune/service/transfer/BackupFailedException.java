package app.rune.service.transfer;

import app.rune.data.FileProblems;
import java.io.IOException;
import java.nio.file.Path;

/** The backup that must come before a change could not be written, so the change was not made. */
public final class BackupFailedException extends RuntimeException {
    public BackupFailedException(String change, Path folder, IOException cause) {
        super("Rune could not back up your data to " + folder + " before the " + change
                + ", so it has not changed anything: " + FileProblems.describe(cause, folder) + ".", cause);
    }
}
