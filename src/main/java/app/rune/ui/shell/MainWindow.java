package app.rune.ui.shell;

import app.rune.ui.common.Background;
import app.rune.ui.common.Dialogs;
import app.rune.ui.settings.Theme;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The app's one window: where it stands on the screen (remembered between runs), its icons, its theme, what it
 * shows while the data opens, and the notices it raises. What it remembers (place, theme, the person chosen)
 * is the shell's, kept in {@code app-state.properties}, not the person's data.
 */
final class MainWindow {
    private static final Logger LOG = System.getLogger(MainWindow.class.getName());
    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 760;
    static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private final Stage stage;
    private final ResourceBundle text;
    private final AppStateFile stateFile;
    private AppState state;
    private Theme theme;
    private boolean systemIsDark;

    MainWindow(Stage stage, ResourceBundle text, Path dataFolder) {
        this.stage = stage;
        this.text = text;
        this.stateFile = AppStateFile.in(dataFolder);
        this.state = stateFile.read();
        this.theme = state.themeName().flatMap(MainWindow::parseTheme).orElse(Theme.SYSTEM);
        stage.setTitle(text.getString("app.title"));
        addIcons();
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        place();
    }

    Stage stage() {
        return stage;
    }

    /** The window's scene, first showing {@code root} (the start-up view when null). */
    Scene createScene(Parent root) {
        Scene scene = new Scene(root != null ? root : startupView(), stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource(Dialogs.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        return scene;
    }

    void setRoot(Parent root) {
        stage.getScene().setRoot(root);
    }

    /** What the window shows while the data folder opens. */
    void showStartup() {
        setRoot(startupView());
    }

    AppState state() {
        return state;
    }

    /** Changes what the window remembers; it is written with the window's place (on hiding or closing). */
    void update(UnaryOperator<AppState> change) {
        state = change.apply(state);
    }

    /** Changes what the window remembers and writes it at once (a small file, on the calling thread). */
    void remember(UnaryOperator<AppState> change) {
        state = change.apply(state);
        stateFile.write(state);
    }

    /** Remembers where the window stands now, for the next start. */
    void rememberPlace() {
        AppState.WindowBounds bounds = stage.isMaximized()
                ? state.windowBounds()
                        .map(w -> new AppState.WindowBounds(w.x(), w.y(), w.width(), w.height(), true))
                        .orElse(new AppState.WindowBounds(stage.getX(), stage.getY(), DEFAULT_WIDTH, DEFAULT_HEIGHT,
                                true))
                : new AppState.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        remember(s -> s.withWindow(bounds));
    }

    Theme theme() {
        return theme;
    }

    /** Whether the desktop prefers dark: followed while the theme is "like the system". */
    void systemIsDark(boolean dark) {
        systemIsDark = dark;
        applyTheme();
    }

    /** Light or dark now, saved for the next start on {@code background}. */
    void changeTheme(Theme chosen, Background background) {
        theme = chosen;
        applyTheme();
        state = state.withTheme(chosen.name());
        AppState saving = state;
        background.run(() -> {
            stateFile.write(saving);
            return null;
        }, done -> { }, failure -> LOG.log(Level.WARNING, "Could not save the theme", failure));
    }

    private void applyTheme() {
        boolean dark = theme == Theme.DARK || theme == Theme.SYSTEM && systemIsDark;
        var sheets = stage.getScene().getStylesheets();
        String darkSheet = MainWindow.class.getResource(Dialogs.DARK_STYLESHEET).toExternalForm();
        sheets.remove(darkSheet);
        if (dark) {
            sheets.add(darkSheet);
        }
    }

    private static Optional<Theme> parseTheme(String name) {
        try {
            return Optional.of(Theme.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The window back from the tray (or from behind other windows), as it was. */
    void bringBack() {
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.setIconified(false);
        stage.toFront();
    }

    void showNotice(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK);
    }

    /** An error the app cannot go on from: its one button says so. */
    void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, new ButtonType(text.getString("startup.quit"),
                ButtonBar.ButtonData.OK_DONE));
    }

    private void alert(Alert.AlertType type, String title, String message, ButtonType button) {
        Alert alert = new Alert(type, message, button);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        Dialogs.styled(alert).showAndWait();
    }

    private Parent startupView() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        VBox box = new VBox(progress, new Label(text.getString("startup.opening")));
        box.getStyleClass().add("startup");
        return box;
    }

    private void place() {
        Optional<AppState.WindowBounds> saved = state.windowBounds().filter(MainWindow::visibleOnSomeScreen);
        if (saved.isPresent()) {
            AppState.WindowBounds w = saved.get();
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(w.width());
            stage.setHeight(w.height());
            stage.setMaximized(w.maximized());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
    }

    /** A window saved on a monitor that is gone now would open out of sight. */
    private static boolean visibleOnSomeScreen(AppState.WindowBounds w) {
        return !Screen.getScreensForRectangle(w.x(), w.y(), Math.max(1, w.width() / 2), 40).isEmpty();
    }

    private void addIcons() {
        for (int size : ICON_SIZES) {
            var url = MainWindow.class.getResource("/app/rune/icons/rune-" + size + ".png");
            if (url != null) {
                // Decoded by JavaFX in the background: seven PNGs need not hold up the window's first frame.
                stage.getIcons().add(new Image(url.toExternalForm(), true));
            }
        }
    }
}
