package app.rune;

import app.rune.store.DataFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Where Rune's diagnostics go: the terminal shows people one clear line, and details (stack traces, library
 * warnings) go to {@code rune.log} in the data folder. Everything logs through java.util.logging (Nitrite's
 * SLF4J output is routed there too).
 */
public final class LogFile {
    /** A log larger than this is moved aside to {@code rune.log.1} when Rune starts. */
    static final long MAX_BYTES = 1024 * 1024;

    /** Libraries that report routine events at INFO; held here because java.util.logging keeps loggers weakly. */
    private static final Logger[] QUIETER = {Logger.getLogger("nitrite"), Logger.getLogger("org.dizitart"),
        Logger.getLogger("org.h2")};

    private LogFile() {
    }

    /** Until the data folder is known, nothing is logged to the terminal. */
    public static void silenceConsole() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.INFO);
        for (Logger logger : QUIETER) {
            logger.setLevel(Level.WARNING);
        }
    }

    /** Sends log records to {@code rune.log} in {@code folder}; a log that cannot be opened is skipped. */
    public static void writeTo(DataFolder folder) {
        Path file = folder.logFile();
        try {
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            DataFolder.restrictToOwner(file);
            Handler handler = new StreamHandler(out, new LineFormatter()) {
                @Override
                public synchronized void publish(LogRecord record) {
                    super.publish(record);
                    flush();
                }
            };
            handler.setLevel(Level.INFO);
            handler.setErrorManager(new ErrorManager() {
                @Override
                public synchronized void error(String msg, Exception ex, int code) {
                    // The log is best effort: a full disk must not put a stack trace in front of the person.
                }
            });
            Logger root = Logger.getLogger("");
            root.setLevel(Level.INFO);
            for (Handler old : root.getHandlers()) {
                root.removeHandler(old);
                old.close();
            }
            root.addHandler(handler);
        } catch (IOException | RuntimeException e) {
            // Rune works without a log; it only loses the details it would have written there.
        }
    }

    /** One line per record (time, level, logger, message), then the stack trace if there is one. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
