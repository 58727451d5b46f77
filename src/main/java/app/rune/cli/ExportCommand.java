package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import app.rune.model.DataSet;
import app.rune.service.transfer.CsvExportService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rune export [FILE]}: all five collections as JSON, to a file or to standard output.
 * {@code rune export --csv FILE}: the daily progress as CSV for spreadsheets, to a file only.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Export all documents of all users as one JSON file (the format `rune import` reads).",
            "Without FILE the JSON goes to standard output.",
            "With --csv FILE, export the daily progress of all users as a CSV file for spreadsheets instead:",
            "one row per task entry, plus one row for each day with a check-in but no task entries."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private RuneCommand rune;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write the export.")
    private Path file;

    // An option with a value rather than a flag: the CSV goes to a file only, so picocli itself refuses `--csv`
    // without one. Standard output is left out on purpose: the file is made for spreadsheets, which open files,
    // and the byte-order mark Excel needs would be a stray first character for anything reading a pipe.
    @Option(names = "--csv", paramLabel = "FILE",
            description = "Write the daily progress as CSV (UTF-8, for spreadsheets) to FILE instead of JSON.")
    private Path csvFile;

    @Option(names = "--user", paramLabel = "ID",
            description = "With --csv: only this user's progress (default: everyone's).")
    private String user;

    @Override
    public Integer call() throws Exception {
        if (csvFile != null && file != null) {
            throw new ParameterException(spec.commandLine(),
                    "Give either FILE for JSON or --csv FILE for CSV, not both (" + file + ", " + csvFile + ").");
        }
        if (user != null && csvFile == null) {
            throw new ParameterException(spec.commandLine(),
                    "--user goes with --csv: the JSON export always holds everyone, as a backup must.");
        }
        try (RuneSession session = rune.openSession()) {
            if (csvFile != null) {
                CsvExportService.Summary written = user == null ? session.csvExporter().writeTo(csvFile)
                        : session.csvExporter().writeTo(csvFile, session.users().choose(user));
                spec.commandLine().getOut().println(describe(written, csvFile));
            } else if (file == null) {
                session.exporter().writeTo(spec.commandLine().getOut());
            } else {
                DataSet written = session.exporter().writeTo(file);
                spec.commandLine().getOut().printf("Exported %d documents to %s.%n", written.size(), file);
            }
            return ExitStatus.OK;
        }
    }

    /** "Exported 1,234 task entries to FILE.", naming check-in-only days only when there are some. */
    static String describe(CsvExportService.Summary written, Path target) {
        String entries = count(written.taskEntries(), "task entry", "task entries");
        String days = written.checkInOnlyDays() == 0 ? ""
                : " and " + count(written.checkInOnlyDays(), "day with only a check-in", "days with only a check-in");
        return "Exported " + entries + days + " to " + target + ".";
    }

    // English words, so English digit grouping whatever the computer's locale.
    private static String count(int n, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? one : many);
    }
}
