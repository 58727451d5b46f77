package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rune backup [FILE]}: a backup now, in the backups folder or where FILE says. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {
            "Back up all data now, in the export format.",
            "Without FILE the backup goes to the backups folder in the data folder (rune-YYYY-MM-DD-HHMMSS.json),",
            "where Rune also keeps one a day: the newest 14 and one from each of the last 6 months."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    private RuneCommand rune;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write the backup.")
    private Path file;

    @Override
    public Integer call() throws Exception {
        try (RuneSession session = rune.openSession()) {
            Path written = file == null ? session.backups().now() : session.backups().to(file);
            spec.commandLine().getOut().printf("Backed up to %s.%n", written);
            return ExitStatus.OK;
        }
    }
}
