package app.rune.service.transfer.loop;

import app.rune.model.validation.Problem;
import app.rune.model.validation.Problems;
import app.rune.service.transfer.InvalidImportException;
import java.util.List;

/** Text as Loop's files hold it, and the messages that refuse a file. */
final class LoopText {
    private LoopText() {
    }

    /** {@code text} safe to show in a message. */
    static String printable(String text) {
        return text == null ? "" : Problems.printable(text);
    }

    /** Stripped; null when nothing is left. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * The file refused for one reason, at {@code where} (empty for the whole file). Reading stops at the first
     * thing wrong, so the message is one line that names it, not a count of problems.
     */
    static InvalidImportException refused(String source, String where, String message) {
        return new InvalidImportException(source, List.of(new Problem("", where.isEmpty() ? message
                : where + ": " + message)));
    }
}
