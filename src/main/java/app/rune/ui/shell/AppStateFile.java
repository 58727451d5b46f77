package app.rune.ui.shell;

import app.rune.data.KeyValueFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps {@link AppState} in {@code app-state.properties} in the data folder. A missing or damaged file only
 * means the window opens at its default size, so reading never fails.
 */
public final class AppStateFile {
    private final KeyValueFile file;

    public AppStateFile(Path file) {
        this.file = new KeyValueFile(file, "Rune window state (not your data; safe to delete)");
    }

    /** The window state of the data folder at {@code dataFolder}: {@code app-state.properties} in it. */
    public static AppStateFile in(Path dataFolder) {
        return new AppStateFile(dataFolder.resolve("app-state.properties"));
    }

    public AppState read() {
        Map<String, String> p = file.read();
        String user = p.get("user.selected");
        String theme = p.get("theme");
        return new AppState(user == null || user.isBlank() ? null : user, bounds(p),
                theme == null || theme.isBlank() ? null : theme, Boolean.parseBoolean(p.get("tray.hintShown")));
    }

    private static AppState.WindowBounds bounds(Map<String, String> p) {
        try {
            double x = Double.parseDouble(p.get("window.x"));
            double y = Double.parseDouble(p.get("window.y"));
            double width = Double.parseDouble(p.get("window.width"));
            double height = Double.parseDouble(p.get("window.height"));
            boolean maximized = Boolean.parseBoolean(p.get("window.maximized"));
            if (width <= 0 || height <= 0 || !Double.isFinite(x + y + width + height)) {
                return null;
            }
            return new AppState.WindowBounds(x, y, width, height, maximized);
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    public void write(AppState state) {
        Map<String, String> p = new TreeMap<>(file.read());
        p.remove("user.selected");
        p.remove("theme");
        state.selectedUserId().ifPresent(user -> p.put("user.selected", user));
        state.themeName().ifPresent(theme -> p.put("theme", theme));
        p.put("tray.hintShown", Boolean.toString(state.trayHintShown()));
        state.windowBounds().ifPresent(w -> {
            p.put("window.x", Double.toString(w.x()));
            p.put("window.y", Double.toString(w.y()));
            p.put("window.width", Double.toString(w.width()));
            p.put("window.height", Double.toString(w.height()));
            p.put("window.maximized", Boolean.toString(w.maximized()));
        });
        file.write(p);
    }
}
