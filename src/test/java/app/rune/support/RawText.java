package app.rune.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a person must never see from Rune's command line: a stack trace, an exception's name, or a library's own
 * words (an MVStore message ends with its version and error code, e.g. "[2.3.232/6]"). Rune says what happened in
 * its own words and leaves the details to its log file.
 */
public final class RawText {
    private static final Pattern RAW = Pattern.compile(Stream.of("\tat ", "Exception", "Unable to read the page",
            "MVStore", "Nitrite", "Cannot read field", "File corrupted", "Store is closed", "org.h2.", "org.dizitart",
            "java.lang.", "java.io.", "java.nio.").map(Pattern::quote).collect(Collectors.joining("|"))
            + "|\\[\\d+\\.\\d+\\.\\d+/\\d+]");

    private RawText() {
    }

    /** The first raw piece in {@code text}, if any (a tab shown as {@code \t}). */
    public static Optional<String> in(String text) {
        Matcher found = RAW.matcher(text);
        return found.find() ? Optional.of(found.group().replace("\t", "\\t")) : Optional.empty();
    }
}
