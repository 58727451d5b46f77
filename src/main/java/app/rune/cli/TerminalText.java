package app.rune.cli;

import app.rune.model.validation.Problems;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text on its way to the terminal. Notes, moods, obstacles, titles, user ids and arguments can hold characters
 * a terminal acts on (ESC and BEL start sequences that retitle, recolour or clear it; C1 controls do the same in
 * some terminals) or that reorder a line (U+202E): each is shown as a Java-style escape such as {@code \u001B},
 * the way import problems already show values from a file.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** A stored or typed value, kept to its line: its line breaks and tabs are escaped too. */
    static String of(String value) {
        return value == null ? "" : Problems.printable(value, Integer.MAX_VALUE);
    }

    /**
     * {@code out}, escaping every such character written to it except line ends and tabs: the safety net under
     * every other text a command prints (messages that quote a path, JSON from {@code stats} and {@code export}).
     * In JSON such characters can only be inside strings, where the escape means the same character, so an export
     * read back is unchanged.
     */
    static PrintWriter writer(PrintWriter out) {
        return out instanceof SafePrintWriter ? out : new SafePrintWriter(out);
    }

    private static final class SafePrintWriter extends PrintWriter {
        SafePrintWriter(PrintWriter out) {
            super(new EscapingWriter(out), true);
        }
    }

    /** Escapes as it writes; keeps the first half of a surrogate pair until it sees whether the second follows. */
    private static final class EscapingWriter extends Writer {
        private final Writer out;
        private char pendingHigh;

        EscapingWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int run = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                char c = chars[i];
                if (pendingHigh != 0) {
                    char high = pendingHigh;
                    pendingHigh = 0;
                    if (Character.isLowSurrogate(c)) {
                        out.write(high);
                        out.write(c);
                        run = i + 1;
                        continue;
                    }
                    escape(high);
                }
                if (Character.isHighSurrogate(c)) {
                    out.write(chars, run, i - run);
                    pendingHigh = c;
                    run = i + 1;
                } else if (c != '\n' && c != '\r' && c != '\t' && Problems.hidden(c)) {
                    out.write(chars, run, i - run);
                    escape(c);
                    run = i + 1;
                }
            }
            out.write(chars, run, end - run);
        }

        private void escape(char c) throws IOException {
            out.write(String.format("\\u%04X", (int) c));
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (pendingHigh != 0) {
                escape(pendingHigh);
                pendingHigh = 0;
            }
            out.close();
        }
    }
}
