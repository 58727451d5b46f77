package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataFolder.locate(null, Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/ana/.local/share/rune"));
        assertThat(DataFolder.locate(null, Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", HOME))
                .isEqualTo(Path.of("/data/ana/rune"));
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        assertThat(DataFolder.locate(null, Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/rune"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataFolder.locate(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Rune"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataFolder.locate(null, Map.of("APPDATA", "/users/ana/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/users/ana/AppData/Roaming/Rune"));
        assertThat(DataFolder.locate(null, Map.of(), "Windows 11", HOME))
                .isEqualTo(Path.of("/home/ana/AppData/Roaming/Rune"));
    }

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of("RUNE_DATA_DIR", "/env/rune", "XDG_DATA_HOME", "/xdg");

        assertThat(DataFolder.locate(Path.of("/opt/rune"), env, "Linux", HOME)).isEqualTo(Path.of("/opt/rune"));
        assertThat(DataFolder.locate(null, env, "Linux", HOME)).isEqualTo(Path.of("/env/rune"));
        assertThat(DataFolder.locate(null, Map.of("RUNE_DATA_DIR", " "), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/rune"));
    }

    @Test
    void openCreatesMissingParents(@TempDir Path temp) throws IOException {
        DataFolder folder = DataFolder.open(temp.resolve("a/b/rune"));

        assertThat(folder.root()).isDirectory();
        assertThat(folder.databaseFile()).isEqualTo(temp.resolve("a/b/rune/rune.db"));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("rune"), "not a folder");

        assertThatThrownBy(() -> DataFolder.open(file)).hasMessageContaining("is a file, not a folder");
    }
}
