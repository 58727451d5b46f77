package app.rune.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Keeps {@link AppState} in {@code app-state.properties} in the data folder. A missing or damaged file only
 * means the window opens at its default size, so reading never fails.
 */
public final class AppStateFile {
    private static final Logger LOG = System.getLogger(AppStateFile.class.getName());

    private final Path file;

    public AppStateFile(Path file) {
        this.file = file;
    }

    public AppState read() {
        if (!Files.isRegularFile(file)) {
            return AppState.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable " + file, e);
            return AppState.empty();
        }
        String user = p.getProperty("user.selected");
        String theme = p.getProperty("theme");
        return new AppState(user == null || user.isBlank() ? null : user, bounds(p),
                theme == null || theme.isBlank() ? null : theme);
    }

    private static AppState.WindowBounds bounds(Properties p) {
        try {
            double x = Double.parseDouble(p.getProperty("window.x"));
            double y = Double.parseDouble(p.getProperty("window.y"));
            double width = Double.parseDouble(p.getProperty("window.width"));
            double height = Double.parseDouble(p.getProperty("window.height"));
            boolean maximized = Boolean.parseBoolean(p.getProperty("window.maximized"));
            if (width <= 0 || height <= 0 || !Double.isFinite(x + y + width + height)) {
                return null;
            }
            return new AppState.WindowBounds(x, y, width, height, maximized);
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    /** Writes the state through a temporary file, so a crash leaves the old state or the new one. */
    public void write(AppState state) {
        Properties p = new Properties();
        state.selectedUserId().ifPresent(user -> p.setProperty("user.selected", user));
        state.themeName().ifPresent(theme -> p.setProperty("theme", theme));
        state.windowBounds().ifPresent(w -> {
            p.setProperty("window.x", Double.toString(w.x()));
            p.setProperty("window.y", Double.toString(w.y()));
            p.setProperty("window.width", Double.toString(w.width()));
            p.setProperty("window.height", Double.toString(w.height()));
            p.setProperty("window.maximized", Boolean.toString(w.maximized()));
        });
        Path temp = null;
        try {
            // A temporary file is created owner-only, and the rename keeps those permissions.
            temp = Files.createTempFile(file.getParent(), "app-state", ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                p.store(out, "Rune window state (not your data; safe to delete)");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save " + file, e);
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Litter at worst; the next write replaces app-state.properties anyway.
            }
        }
    }
}
