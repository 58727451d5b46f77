package app.rune.ui.shell;

import app.rune.service.transfer.BackupFile;
import app.rune.ui.common.DateText;
import app.rune.ui.common.Dialogs;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * What to do when the data file is damaged: restore the newest backup, restore what could still be read from the
 * damaged file, or start with an empty file. Any way the damaged file is moved aside, never deleted; quitting
 * leaves everything as it is.
 */
public final class DamagedDataDialog {
    /** The person's answer. */
    public enum Choice { RESTORE_NEWEST, RESTORE_RECOVERED, START_EMPTY, QUIT }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DamagedDataDialog() {
    }

    /**
     * @param problem what is wrong, with where what could be read was saved
     * @param recovered the file holding what could still be read from the damaged one, if anything could
     */
    public static Choice ask(ResourceBundle text, String problem, Optional<BackupFile> newest,
            Optional<Path> recovered, Window owner) {
        ButtonType restore = new ButtonType(text.getString("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType readable = new ButtonType(text.getString("damaged.recovered"), ButtonBar.ButtonData.OTHER);
        ButtonType empty = new ButtonType(text.getString("damaged.empty"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(text.getString("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        // The backup's time as its name has it: in the person's zone (see BackupFile), not the computer's.
        DateText dates = DateText.ofDefaultLocale();
        String backup = newest.map(b -> MessageFormat.format(text.getString("damaged.newest"),
                dates.day(b.taken().toLocalDate()) + (b.daily() ? "" : ", " + b.taken().format(TIME)),
                b.file().getFileName()))
                .orElse(text.getString("damaged.noBackup"));
        List<ButtonType> buttons = new ArrayList<>();
        newest.ifPresent(b -> buttons.add(restore));
        recovered.ifPresent(r -> buttons.add(readable));
        buttons.add(empty);
        buttons.add(quit);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", buttons.toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle(text.getString("damaged.title"));
        alert.setHeaderText(text.getString("damaged.title"));
        alert.setContentText(problem + "\n\n" + backup + "\n\n" + text.getString("damaged.kept"));
        alert.getDialogPane().setMinWidth(600);
        alert.getDialogPane().setId("damagedDataDialog");
        ButtonType answer = Dialogs.styled(alert).showAndWait().orElse(quit);
        if (answer == restore) {
            return Choice.RESTORE_NEWEST;
        }
        if (answer == readable) {
            return Choice.RESTORE_RECOVERED;
        }
        return answer == empty ? Choice.START_EMPTY : Choice.QUIT;
    }
}
