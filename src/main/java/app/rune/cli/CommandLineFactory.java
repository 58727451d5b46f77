package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.service.today.InvalidCheckInException;
import app.rune.service.transfer.InvalidExportTargetException;
import app.rune.service.transfer.InvalidImportException;
import app.rune.service.user.UserChoiceException;
import app.rune.service.transfer.BackupFailedException;
import app.rune.store.DamagedDataFileException;
import app.rune.store.DataFolderInUseException;
import app.rune.store.StoreException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import picocli.CommandLine;

/**
 * Builds the {@code rune} command line and decides how failures reach the terminal: one plain line and an exit
 * status, never a stack trace (that goes to the log file in the data folder). Everything a command prints goes
 * through {@link TerminalText#writer}, so no stored or typed text can act on the terminal.
 */
public final class CommandLineFactory {
    private static final Logger LOG = System.getLogger("app.rune.cli");

    private CommandLineFactory() {
    }

    public static CommandLine create(RuneEnvironment environment) {
        CommandLine commandLine = new CommandLine(new RuneCommand(environment));
        commandLine.setExecutionExceptionHandler(CommandLineFactory::handle);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOverwrittenOptionsAllowed(false);
        commandLine.setParameterExceptionHandler(CommandLineFactory::handleBadArguments);
        commandLine.setExecutionStrategy(CommandLineFactory::execute);
        return commandLine;
    }

    private static int execute(CommandLine.ParseResult parseResult) {
        // Help and version are Rune's own words, with the terminal's colours: they need no escaping.
        Integer help = CommandLine.executeHelpRequest(parseResult);
        if (help != null) {
            return help;
        }
        CommandLine root = parseResult.commandSpec().root().commandLine();
        root.setOut(TerminalText.writer(root.getOut()));
        root.setErr(TerminalText.writer(root.getErr()));
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** As picocli's own handler, but the message (which may quote an argument) goes through the safe writer. */
    private static int handleBadArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = TerminalText.writer(command.getErr());
        err.println(e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.flush();
            command.usage(command.getErr(), command.getColorScheme());
        }
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int handle(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        var err = TerminalText.writer(command.getErr());
        if (e instanceof DataFolderInUseException) {
            err.println(e.getMessage());
            return ExitStatus.DATA_FOLDER_IN_USE;
        }
        if (e instanceof InvalidImportException) {
            err.println(e.getMessage());
            return ExitStatus.INVALID_INPUT;
        }
        if (e instanceof UserChoiceException || e instanceof InvalidCheckInException
                || e instanceof InvalidExportTargetException) {
            // One line each, which may repeat what was typed (a user id, a task id): kept to one line.
            err.println(TerminalText.of(e.getMessage()));
            return ExitStatus.INVALID_INPUT;
        }
        if (e instanceof DamagedDataFileException damaged) {
            LOG.log(Level.ERROR, "rune " + String.join(" ", parseResult.originalArgs()), e);
            err.println(e.getMessage());
            err.println("To bring your data back, restore a backup: rune restore FILE (backups are in "
                    + damaged.file().resolveSibling("backups") + ").");
            return ExitStatus.DATA_FILE_DAMAGED;
        }
        if (e instanceof BackupFailedException) {
            LOG.log(Level.ERROR, "rune " + String.join(" ", parseResult.originalArgs()), e);
            err.println(e.getMessage());
            return ExitStatus.FAILED;
        }
        if (e instanceof StoreException) {
            LOG.log(Level.ERROR, "rune " + String.join(" ", parseResult.originalArgs()), e);
            err.println(e.getMessage());
            return ExitStatus.FAILED;
        }
        if (e instanceof FileSystemException fileProblem) {
            LOG.log(Level.WARNING, "rune " + String.join(" ", parseResult.originalArgs()), e);
            err.println(describe(fileProblem));
            return ExitStatus.FAILED;
        }
        LOG.log(Level.ERROR, "rune " + String.join(" ", parseResult.originalArgs()), e);
        err.println("Rune could not finish: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + " (details are in rune.log in the data folder)");
        return ExitStatus.FAILED;
    }

    private static String describe(FileSystemException e) {
        String reason = e.getReason() != null ? e.getReason() : switch (e.getClass().getSimpleName()) {
            case "NoSuchFileException" -> "no such file or folder";
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException" -> "already exists";
            case "NotDirectoryException" -> "not a folder";
            default -> "cannot be used";
        };
        return e.getFile() + ": " + reason;
    }
}
