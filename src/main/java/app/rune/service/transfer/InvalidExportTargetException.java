package app.rune.service.transfer;

import java.nio.file.Path;

/**
 * The file an export was asked to write cannot be one: it is a folder, its folder is missing, or Rune may not write
 * there. A mistake in the name the person gave rather than a failure; nothing was written.
 */
public final class InvalidExportTargetException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidExportTargetException(Path target, String problem) {
        super(target + ": " + problem + ". Nothing was exported.");
    }
}
