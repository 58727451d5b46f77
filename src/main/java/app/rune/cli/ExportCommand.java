package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import app.rune.model.DataSet;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rune export [FILE]}: all five collections as JSON, to a file or to standard output. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Export all documents of all users as one JSON file (the format `rune import` reads).",
            "Without FILE the JSON goes to standard output."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private RuneCommand rune;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write the export.")
    private Path file;

    @Override
    public Integer call() throws Exception {
        try (RuneSession session = rune.openSession()) {
            if (file == null) {
                session.exporter().writeTo(spec.commandLine().getOut());
            } else {
                DataSet written = session.exporter().writeTo(file);
                spec.commandLine().getOut().printf("Exported %d documents to %s.%n", written.size(), file);
            }
            return ExitStatus.OK;
        }
    }
}
