package app.rune.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataLocation.locate(null, Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/ana/.local/share/rune"));
        assertThat(DataLocation.locate(null, Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", HOME))
                .isEqualTo(Path.of("/data/ana/rune"));
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        assertThat(DataLocation.locate(null, Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/rune"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataLocation.locate(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Rune"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataLocation.locate(null, Map.of("APPDATA", "/users/ana/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/users/ana/AppData/Roaming/Rune"));
        assertThat(DataLocation.locate(null, Map.of(), "Windows 11", HOME))
                .isEqualTo(Path.of("/home/ana/AppData/Roaming/Rune"));
    }

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of("RUNE_DATA_DIR", "/env/rune", "XDG_DATA_HOME", "/xdg");

        assertThat(DataLocation.locate(Path.of("/opt/rune"), env, "Linux", HOME)).isEqualTo(Path.of("/opt/rune"));
        assertThat(DataLocation.locate(null, env, "Linux", HOME)).isEqualTo(Path.of("/env/rune"));
        assertThat(DataLocation.locate(null, Map.of("RUNE_DATA_DIR", " "), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/rune"));
    }
}
