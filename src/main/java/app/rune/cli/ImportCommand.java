package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import app.rune.service.transfer.ImportReader;
import app.rune.service.transfer.ImportService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rune import FILE}: all documents of the file, or none. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Import documents from a JSON file in the export format.",
            "The file is a JSON object whose keys are any of user_goals, daily_progress, user_preferences,",
            "user_analytics and conversation_context, each a list of documents. Documents replace stored ones",
            "with the same _id. If any document is invalid, nothing is imported and every problem is listed."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private RuneCommand rune;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON file to import.")
    private Path file;

    @Override
    public Integer call() throws Exception {
        // Before the data folder is opened: a pipe or a device must not keep the folder's lock while it never ends.
        ImportReader.requireRegularFile(file);
        try (RuneSession session = rune.openSession()) {
            ImportService.Summary summary = session.importer().importFile(file);
            spec.commandLine().getOut().printf("Imported %d %s from %s (%d new, %d replaced).%n", summary.total(),
                    summary.total() == 1 ? "document" : "documents", file, summary.added(), summary.replaced());
            return ExitStatus.OK;
        }
    }
}
