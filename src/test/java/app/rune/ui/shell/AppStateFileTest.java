package app.rune.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppStateFileTest {
    @TempDir
    Path temp;

    @Test
    void windowAndUserAreRemembered() {
        AppStateFile file = new AppStateFile(temp.resolve("app-state.properties"));
        AppState state = new AppState("bo", new AppState.WindowBounds(10, 20, 1000, 700, false), "DARK", true);

        file.write(state);

        assertThat(file.read()).isEqualTo(state);
    }

    @Test
    void aMissingOrDamagedFileMeansDefaults() throws Exception {
        Path path = temp.resolve("app-state.properties");
        assertThat(new AppStateFile(path).read()).isEqualTo(AppState.empty());

        Files.writeString(path, "window.x=left\nwindow.width=-3\n");
        assertThat(new AppStateFile(path).read().windowBounds()).isEmpty();
    }
}
