package app.rune.cli;

import app.rune.RuneSession;
import app.rune.RuneVersion;
import app.rune.data.DataLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code rune}: without a command it opens the desktop app; with one it runs that command and exits. */
@Command(name = "rune",
        mixinStandardHelpOptions = true,
        versionProvider = RuneCommand.Version.class,
        description = {
            "Rune, a desktop goal coach.",
            "Without a command, opens the app. With a command, works on the data folder from the terminal."},
        subcommands = {TodayCommand.class, CheckCommand.class, SkipCommand.class, CheckInCommand.class, GoalsCommand.class,
            StatsCommand.class,
            ImportCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class, UsersCommand.class,
            CompletionCommand.class},
        footerHeading = "%nData folder:%n",
        footer = {
            "  --data-dir DIR, else $RUNE_DATA_DIR, else ~/.local/share/rune (Linux),",
            "  ~/Library/Application Support/Rune (macOS) or %%APPDATA%%\\Rune (Windows).",
            "",
            "While the app runs, commands on its data folder are done by the app.",
            "",
            "Exit status: 0 done, 1 failed, 2 invalid input, 3 data folder held by",
            "a Rune that does not answer, 4 the data file is damaged (it is left as",
            "it is; `rune restore FILE` brings a backup back)."})
public final class RuneCommand implements Callable<Integer> {
    private final RuneEnvironment environment;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Use the data in DIR instead of the default data folder.")
    Path dataDir;

    public RuneCommand(RuneEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        return environment.desktop().open(dataFolder());
    }

    RuneEnvironment environment() {
        return environment;
    }

    /** The data folder this run uses: {@code --data-dir}, then {@code RUNE_DATA_DIR}, then the platform's default. */
    Path dataFolder() {
        return DataLocation.locate(dataDir, environment.env(), environment.osName(), environment.home());
    }

    RuneSession openSession() throws IOException {
        return environment.sessions().open(dataFolder(), environment.clock(), false);
    }

    RuneSession openSessionSettingAsideDamaged() throws IOException {
        return environment.sessions().open(dataFolder(), environment.clock(), true);
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Rune " + RuneVersion.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
