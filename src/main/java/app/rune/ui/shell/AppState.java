package app.rune.ui.shell;

import java.util.Optional;

/**
 * What the desktop app remembers between runs that is not the person's data: the window's place and size,
 * which user was chosen when the data folder holds several, and the theme.
 */
public record AppState(String selectedUser, WindowBounds window, String theme, boolean trayHintShown) {

    /** The window's position and size in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static AppState empty() {
        return new AppState(null, null, null, false);
    }

    public Optional<String> themeName() {
        return Optional.ofNullable(theme);
    }

    /** After the one-time word that closing the window keeps Rune in the tray. */
    public AppState withTrayHintShown() {
        return new AppState(selectedUser, window, theme, true);
    }

    public AppState withTheme(String name) {
        return new AppState(selectedUser, window, name, trayHintShown);
    }

    public Optional<String> selectedUserId() {
        return Optional.ofNullable(selectedUser);
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window);
    }

    public AppState withSelectedUser(String user) {
        return new AppState(user, window, theme, trayHintShown);
    }

    public AppState withWindow(WindowBounds bounds) {
        return new AppState(selectedUser, bounds, theme, trayHintShown);
    }
}
