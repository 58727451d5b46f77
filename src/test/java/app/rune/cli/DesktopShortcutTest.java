package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesktopShortcutTest {
    private static final Path HOME = Path.of("/home/ana");

    private static RuneEnvironment env(Map<String, String> variables) {
        return new RuneEnvironment(variables, "Linux", HOME, CommandLineRunner.CLOCK, "ana", folder -> ExitStatus.OK);
    }

    @Test
    void noArgumentsOpenTheDefaultFolderAsTheCommandLineWould() {
        assertThat(DesktopShortcut.dataFolder(new String[0], env(Map.of())))
                .contains(HOME.resolve(".local/share/rune"));
        assertThat(DesktopShortcut.dataFolder(new String[0], env(Map.of("RUNE_DATA_DIR", "/data/rune"))))
                .contains(Path.of("/data/rune"));
    }

    @Test
    void aDataDirInEitherSpellingOpensThatFolder() {
        assertThat(DesktopShortcut.dataFolder(new String[] {"--data-dir", "/x/y"}, env(Map.of())))
                .contains(Path.of("/x/y"));
        assertThat(DesktopShortcut.dataFolder(new String[] {"--data-dir=/x/y"}, env(Map.of("RUNE_DATA_DIR", "/z"))))
                .contains(Path.of("/x/y"));
    }

    @Test
    void everythingElseGoesThroughTheCommandLine() {
        for (String[] args : new String[][] {{"users"}, {"--version"}, {"--help"}, {"--data-dir"}, {"--data-dir="},
                {"--data-dir", "/x", "users"}, {"--data-dir", "--version"}, {"--data-dir", ""}, {"-h"},
                {"--data-dir", "/x", "--data-dir", "/y"}}) {
            assertThat(DesktopShortcut.dataFolder(args, env(Map.of()))).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void theShortcutOpensTheSameFolderAsTheCommandLine() {
        Path[] opened = new Path[1];
        RuneEnvironment environment = new RuneEnvironment(Map.of(), "Linux", HOME, CommandLineRunner.CLOCK, "ana",
                folder -> {
                    opened[0] = folder;
                    return ExitStatus.OK;
                });
        for (String[] args : new String[][] {{}, {"--data-dir", "rel/dir"}, {"--data-dir=/abs"}}) {
            CommandLineFactory.create(environment).execute(args);
            assertThat(DesktopShortcut.dataFolder(args, environment)).as(String.join(" ", args)).contains(opened[0]);
        }
    }
}
