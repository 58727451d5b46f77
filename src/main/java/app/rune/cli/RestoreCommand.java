package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import app.rune.model.DataSet;
import app.rune.model.json.RuneJson;
import app.rune.service.transfer.RestoreService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rune restore FILE}: the data becomes exactly the backup's, after backing up what is there now. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {
            "Restore all data from a backup (or an export): afterwards the data is exactly the file's documents.",
            "The file is checked like an import first; if anything is wrong, nothing changes and every problem",
            "is listed. The current data is backed up to the backups folder before it is replaced.",
            "Also the way back from a damaged data file: it is moved aside (never deleted) first."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private RuneCommand rune;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to restore (JSON, the export format).")
    private Path file;

    @Override
    public Integer call() throws Exception {
        // Checked before anything is touched: a bad backup must not cost the data that is there.
        DataSet checked = RestoreService.check(RuneJson.newMapper(), file);
        try (RuneSession session = rune.openSessionSettingAsideDamaged()) {
            var out = spec.commandLine().getOut();
            RestoreService.Restored restored = session.restorer().restore(checked);
            restored.damagedKeptAs().ifPresent(aside -> out.printf(
                    "The data file was damaged; it was kept as %s.%n", aside));
            out.printf("Restored %d %s from %s.%n", checked.size(), checked.size() == 1 ? "document" : "documents",
                    file);
            restored.backupBefore().ifPresent(backup -> out.printf("What was there before is backed up in %s.%n", backup));
            return ExitStatus.OK;
        }
    }
}
