package app.rune.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A small properties file in the data folder for what is not the person's data (window state, the reminder's
 * bookkeeping). Read never fails: a missing or damaged file reads as empty. Written whole through a temporary
 * file, so a crash leaves the old version or the new one.
 */
public final class KeyValueFile {
    private static final Logger LOG = System.getLogger(KeyValueFile.class.getName());

    private final Path file;
    private final String comment;

    public KeyValueFile(Path file, String comment) {
        this.file = file;
        this.comment = comment;
    }

    public synchronized Map<String, String> read() {
        Map<String, String> values = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable " + file, e);
            return values;
        }
        p.stringPropertyNames().forEach(key -> values.put(key, p.getProperty(key)));
        return values;
    }

    public synchronized void write(Map<String, String> values) {
        Properties p = new Properties();
        values.forEach((key, value) -> {
            if (value != null) {
                p.setProperty(key, value);
            }
        });
        Path temp = null;
        try {
            // A temporary file is created owner-only, and the rename keeps those permissions.
            temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                p.store(out, comment);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save " + file, e);
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Litter at worst; the next write replaces the file anyway.
                }
            }
        }
    }
}
