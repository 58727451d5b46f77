package app.rune.ui.shell;

import app.rune.AllowedToUseStandardStreams;
import app.rune.ExitStatus;
import app.rune.data.DamagedDataFileException;
import app.rune.data.DataFolderInUseException;
import app.rune.data.DataLocation;
import app.rune.data.StoreException;
import app.rune.service.transfer.BackupFile;
import app.rune.service.transfer.BackupService;
import app.rune.service.transfer.InvalidImportException;
import app.rune.ui.shell.DataOpening.Recovery;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * What the app does when its data folder will not open, or its data file turns out damaged: says so (in the
 * window, and in one line on the terminal it was started from) and, for a damaged file, asks the person the
 * way back: the newest backup, what could still be read, or an empty start.
 */
@AllowedToUseStandardStreams("Started from a terminal, the app also says there in one line why it could not open "
        + "the data: the same line the command line prints")
final class OpeningProblems {
    private static final Logger LOG = System.getLogger(OpeningProblems.class.getName());

    /**
     * Where the person's answer leads.
     *
     * @param reopen open the folder again, past the damaged file as the recovery says
     * @param exit leave with this status
     */
    record Outcome(Consumer<Recovery> reopen, IntConsumer exit) {
    }

    private final MainWindow window;
    private final ResourceBundle text;
    private final Path dataFolder;

    OpeningProblems(MainWindow window, ResourceBundle text, Path dataFolder) {
        this.window = window;
        this.text = text;
        this.dataFolder = dataFolder;
    }

    /**
     * The data folder did not open with {@code failure}.
     *
     * @param leaving the person already closed the window: nothing is asked, the app only leaves
     */
    void openFailed(Throwable failure, boolean leaving, Outcome outcome) {
        if (failure instanceof DamagedDataFileException damaged && !leaving) {
            System.err.println(damaged.getMessage());
            askTheWayBack(damaged, outcome);
        } else if (failure instanceof InvalidImportException badBackup && !leaving) {
            // The backup chosen would not restore: say why, and offer to start empty (the damaged file stays).
            window.showError(text.getString("damaged.title"), badBackup.getMessage());
            ask(text.getString("damaged.title"), Optional.empty(), Optional.empty(), outcome);
        } else if (failure instanceof DataFolderInUseException inUse) {
            // The terminal gets the same one line as the command line would print.
            System.err.println(inUse.getMessage());
            // A Rune that answers takes a second launch over before it gets here (DesktopLauncher): this one did not.
            window.showError(text.getString("startup.inUse.title"), MessageFormat.format(
                    text.getString("startup.inUse.message"), inUse.folder()));
            outcome.exit().accept(ExitStatus.DATA_FOLDER_IN_USE);
        } else if (failure instanceof StoreException storeFailure) {
            System.err.println(storeFailure.getMessage());
            window.showError(text.getString("startup.failed.title"), storeFailure.getMessage());
            outcome.exit().accept(ExitStatus.FAILED);
        } else {
            String message = "Rune could not open the data folder " + dataFolder + ": "
                    + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
            System.err.println(message);
            window.showError(text.getString("startup.failed.title"), message);
            outcome.exit().accept(ExitStatus.FAILED);
        }
    }

    /** Asks what to do about {@code damaged}: found on opening, or while the app used the file. */
    void askTheWayBack(DamagedDataFileException damaged, Outcome outcome) {
        ask(damaged.getMessage(), newestBackup(), damaged.recovered(), outcome);
    }

    private void ask(String problem, Optional<BackupFile> newest, Optional<Path> recovered, Outcome outcome) {
        DamagedDataDialog.Choice choice = DamagedDataDialog.ask(text, problem, newest, recovered, window.stage());
        if (choice == DamagedDataDialog.Choice.QUIT) {
            outcome.exit().accept(ExitStatus.DATA_FILE_DAMAGED);
            return;
        }
        outcome.reopen().accept(new Recovery(choice, switch (choice) {
            case RESTORE_NEWEST -> newest.map(BackupFile::file).orElse(null);
            case RESTORE_RECOVERED -> recovered.orElse(null);
            default -> null;
        }));
    }

    private Optional<BackupFile> newestBackup() {
        try {
            return BackupService.in(DataLocation.backupsFolder(dataFolder)).stream().findFirst();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list the backups", e);
            return Optional.empty();
        }
    }
}
