package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.data.DamagedDataFileException;
import app.rune.data.DataFolderInUseException;
import app.rune.data.DataLocation;
import app.rune.data.StoreException;
import app.rune.instance.Reply;
import app.rune.service.goal.UnknownGoalException;
import app.rune.service.today.InvalidCheckInException;
import app.rune.service.transfer.InvalidExportTargetException;
import app.rune.service.transfer.InvalidImportException;
import app.rune.service.user.UserChoiceException;
import app.rune.service.transfer.BackupFailedException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.io.PrintWriter;
import app.rune.data.FileProblems;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
        Optional<Reply> forwarded = forwardIfRunning(parseResult);
        if (forwarded.isPresent()) {
            return print(forwarded.get(), root);
        }
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            // What filled the memory belonged to the command, which has unwound: there is room to say so now.
            LOG.log(Level.ERROR, "rune " + String.join(" ", parseResult.originalArgs()), e);
            root.getErr().println(notEnoughMemory(parseResult));
            root.getErr().flush();
            return ExitStatus.FAILED;
        }
    }

    /** One line for a command that ran out of memory: which, how much Java may use, and how to give it more. */
    private static String notEnoughMemory(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult command = parseResult;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        String name = command.commandSpec().qualifiedName();
        long maxMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long moreGiB = Math.max(1, 2 * maxMiB / 1024 + 1);
        return "Not enough memory to finish " + name + " (Java may use at most " + maxMiB + " MiB here); start Rune"
                + " with more memory, e.g. java -Xmx" + moreGiB + "g -jar rune.jar " + name.replaceFirst("^rune ?", "")
                + " \u2026, or set JAVA_TOOL_OPTIONS=-Xmx" + moreGiB + "g before the command.";
    }

    private static boolean outOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
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
        if (outOfMemory(e)) {
            err.println(notEnoughMemory(parseResult));
            return ExitStatus.FAILED;
        }
        if (e instanceof DataFolderInUseException) {
            return forwardOrRefuse(e, command, parseResult);
        }
        if (e instanceof InvalidImportException) {
            err.println(e.getMessage());
            return ExitStatus.INVALID_INPUT;
        }
        if (e instanceof UserChoiceException || e instanceof InvalidCheckInException
                || e instanceof InvalidExportTargetException || e instanceof UnknownGoalException) {
            // One line each, which may repeat what was typed (a user id, a task id): kept to one line.
            err.println(TerminalText.of(e.getMessage()));
            return ExitStatus.INVALID_INPUT;
        }
        if (e instanceof DamagedDataFileException damaged) {
            LOG.log(Level.ERROR, "rune " + String.join(" ", parseResult.originalArgs()), e);
            err.println(e.getMessage());
            RuneCommand rune = (RuneCommand) command.getCommandSpec().root().userObject();
            err.println(DamagedFileAdvice.of(damaged, DataLocation.backupsFolder(rune.dataFolder())));
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
        // The log is there only once the data folder could be opened (not when the folder is a file, say).
        String details = logFile(command).map(log -> " (details are in " + log + ")").orElse("");
        // A file that could not be read or written is said in words (a full disk, a failing one), not the system's.
        String why = FileProblems.recognised(e, null).orElseGet(() -> e.getMessage() == null
                ? e.getClass().getSimpleName() : e.getMessage());
        err.println(couldNotFinish(why) + details);
        return ExitStatus.FAILED;
    }

    /**
     * The data folder is held by another Rune: a running app performs the command and its output and status are
     * this command's; when none answers, the folder is in use (status 3). Nothing was changed before the folder
     * was found in use, so running the command there is running it once.
     */
    private static int forwardOrRefuse(Exception inUse, CommandLine command, CommandLine.ParseResult parseResult) {
        CommandLine root = command.getCommandSpec().root().commandLine();
        if (root.getCommandSpec().userObject() instanceof RuneCommand rune
                && rune.environment().sessions() == RuneEnvironment.Sessions.OWN) {
            Optional<Reply> reply = ForwardedCommand.send(rune.dataFolder(), parseResult.originalArgs());
            if (reply.isPresent()) {
                return print(reply.get(), root);
            }
        }
        PrintWriter err = TerminalText.writer(command.getErr());
        err.println(inUse.getMessage());
        err.flush();
        return ExitStatus.DATA_FOLDER_IN_USE;
    }

    /**
     * A command on a data folder that a running app holds goes straight to the app (the folder's socket and token
     * are there only while one runs): the folder is not opened here at all. Empty when it is to run here.
     */
    private static Optional<Reply> forwardIfRunning(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult command = parseResult.subcommand();
        if (command == null || command.commandSpec().userObject() instanceof CompletionCommand
                || !(parseResult.commandSpec().userObject() instanceof RuneCommand rune)
                || rune.environment().sessions() != RuneEnvironment.Sessions.OWN) {
            // The desktop app hands over on its own; completion and help need no data folder.
            return Optional.empty();
        }
        return ForwardedCommand.sendIfRunning(rune.dataFolder(), parseResult.originalArgs());
    }

    /** What the running app's command printed, as this command's, and its status. */
    private static int print(Reply reply, CommandLine root) {
        root.getOut().print(reply.out());
        root.getOut().flush();
        root.getErr().print(reply.err());
        root.getErr().flush();
        return reply.status();
    }

    /** The data folder's log, if there is one to read. */
    private static Optional<Path> logFile(CommandLine command) {
        if (command.getCommandSpec().root().userObject() instanceof RuneCommand rune) {
            Path log = rune.dataFolder().toAbsolutePath().resolve("rune.log");
            return Files.isRegularFile(log) ? Optional.of(log) : Optional.empty();
        }
        return Optional.empty();
    }

    /** "Rune could not finish: the disk is full; …", or the words alone when they say "Rune …" themselves. */
    private static String couldNotFinish(String why) {
        return why.startsWith("Rune ") ? why : "Rune could not finish: " + why;
    }

    /** Where, and what went wrong there in words ({@code /media/usb/rune: the disk is full; …}). */
    private static String describe(FileSystemException e) {
        Optional<String> words = FileProblems.recognised(e, null);
        if (words.isPresent() && !words.get().equals(e.getReason())) {
            // The system's failure in words that name the place themselves (not a temporary file's name).
            return couldNotFinish(words.get()) + ".";
        }
        if (words.isPresent()) {
            return e.getFile() == null ? words.get() : e.getFile() + ": " + words.get();
        }
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
