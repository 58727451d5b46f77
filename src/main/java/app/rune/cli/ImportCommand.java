package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import app.rune.model.validation.Problem;
import app.rune.service.transfer.CsvImportSummary;
import app.rune.service.transfer.ImportFileKind;
import app.rune.service.transfer.ImportReader;
import app.rune.service.transfer.ImportService;
import app.rune.service.transfer.WellFormedJson;
import app.rune.service.transfer.InvalidImportException;
import app.rune.service.transfer.loop.LoopImportSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rune import [--from json|loop|csv] FILE}: all of the file, or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Import a file: Rune's JSON export (the default), Rune's progress CSV",
            "(rune export --csv), or Loop Habit Tracker's backup or CSV export.",
            "JSON: an object whose keys are any of user_goals, daily_progress,",
            "user_preferences, user_analytics and conversation_context, each a list",
            "of documents; documents replace stored ones with the same _id.",
            "Loop (--from loop): a backup (\"Loop Habits Backup ....db\"), a CSV export",
            "(\"Loop Habits CSV ....zip\") or the folder it unpacks to. Each habit",
            "becomes a task of the goal \"Habits from Loop\" (archived habits: an",
            "earlier goal) with every day's ticks, amounts, skips and notes. The user",
            "is made when new.",
            "CSV (--from csv): the file `rune export --csv` writes, edited in a",
            "spreadsheet or not. Each user's day in it replaces that stored day as a",
            "whole (entries, rating, mood, rest day, day notes); days not in it stay",
            "as they are. Its users must be in the data folder; with --user, every",
            "line must be theirs.",
            "If anything in the file is invalid, nothing is imported and the problem",
            "is named with where it is."})
final class ImportCommand implements Callable<Integer> {
    /** The kinds of file the command reads. */
    enum Format { json, loop, csv }

    @ParentCommand
    private RuneCommand rune;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "FORMAT", defaultValue = "json",
            description = "What FILE is: json (Rune's export, the default), csv (Rune's progress CSV) or loop"
                    + " (Loop Habit Tracker).")
    private Format from;

    @Option(names = "--user", paramLabel = "ID",
            description = "With --from loop: the user the history is for (made when new; needed when the data"
                    + " folder has several). With --from csv: the only user the file may hold.")
    private String user;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file (or, from Loop, the unpacked folder).")
    private Path file;

    @Override
    public Integer call() throws Exception {
        if (from == Format.json && user != null) {
            throw new ParameterException(spec.commandLine(), "--user goes with --from loop or --from csv: a JSON"
                    + " export names its users itself.");
        }
        return switch (from) {
            case json -> fromJson();
            case loop -> fromLoop();
            case csv -> fromCsv();
        };
    }

    private Integer fromJson() throws Exception {
        // Read once, before the data folder is opened: a pipe or a device must not keep the folder's lock while it
        // never ends, and a file that is not JSON is bad input before a folder is made or locked.
        byte[] content = ImportReader.readFile(file);
        Optional<ImportFileKind> other = ImportFileKind.of(content);
        if (other.isPresent()) {
            String hint = other.get() == ImportFileKind.CSV ? "Rune's progress CSV is imported with --from csv"
                    : "a Loop Habit Tracker backup is imported with --from loop";
            throw new InvalidImportException(file.toString(), List.of(new Problem("", "this is "
                    + other.get().words() + ", not a Rune export (JSON); " + hint)));
        }
        WellFormedJson.require(file.toString(), content);
        return importing(session -> {
            ImportService.Summary summary = session.importer().importContent(file.toString(), content);
            spec.commandLine().getOut().printf("Imported %d %s from %s (%d new, %d replaced).%n", summary.total(),
                    summary.total() == 1 ? "document" : "documents", file, summary.added(), summary.replaced());
        });
    }

    private Integer fromCsv() throws Exception {
        // As for JSON: a pipe or a device is refused before the data folder is opened and locked.
        ImportReader.requireRegularFile(file);
        return importing(session -> spec.commandLine().getOut()
                .println(csvSummary(session.csvImporter().importFile(file, user), file)));
    }

    /**
     * {@code Imported 120 days (3,400 rows) for ana from FILE (12 new, 8 replaced, 100 unchanged).}, or, when every
     * day was as stored, {@code Nothing to import: the 120 days (3,400 rows) for ana in FILE are as stored.}
     */
    static String csvSummary(CsvImportSummary summary, Path file) {
        List<String> people = summary.userIds().stream().map(TerminalText::of).toList();
        String whose = people.isEmpty() ? "" : " for " + (people.size() == 1 ? people.get(0)
                : String.join(", ", people.subList(0, people.size() - 1)) + " and " + people.get(people.size() - 1));
        String days = String.format(Locale.ROOT, "%,d %s (%,d %s)%s", summary.days(),
                summary.days() == 1 ? "day" : "days", summary.rows(), summary.rows() == 1 ? "row" : "rows", whose);
        if (summary.changedNothing() && summary.days() > 0) {
            return String.format(Locale.ROOT, "Nothing to import: the %s in %s %s as stored.",
                    days, file, summary.days() == 1 ? "is" : "are");
        }
        return String.format(Locale.ROOT, "Imported %s from %s (%,d new, %,d replaced%s).", days, file,
                summary.added(), summary.replaced(),
                summary.unchanged() == 0 ? "" : String.format(Locale.ROOT, ", %,d unchanged", summary.unchanged()));
    }

    private Integer fromLoop() throws Exception {
        return importing(session -> {
            LoopImportSummary summary = session.loopImporter().importFile(file, user,
                    rune.environment().loginName());
            PrintWriter out = spec.commandLine().getOut();
            LoopSummaryText.lines(summary).forEach(out::println);
            out.flush();
        });
    }

    /** One import on its own session; refused, it leaves no new, empty data folder behind. */
    private Integer importing(Import work) throws Exception {
        RuneSession session = rune.openSession();
        try {
            work.into(session);
        } catch (Exception | Error refused) {
            try {
                session.closeRemovingANewEmptyFolder();
            } catch (RuntimeException closing) {
                refused.addSuppressed(closing);
            }
            throw refused;
        }
        session.close();
        return ExitStatus.OK;
    }

    @FunctionalInterface
    private interface Import {
        void into(RuneSession session) throws Exception;
    }
}
