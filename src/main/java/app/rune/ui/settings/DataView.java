package app.rune.ui.settings;

import app.rune.ui.common.Dialogs;
import app.rune.ui.common.Fxml;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The "Your data" card of Settings. Binds to {@link DataViewModel}; its own work is choosing files and asking
 * before a restore replaces everything.
 */
public final class DataView {
    @FXML private VBox root;
    @FXML private Label where;
    @FXML private Label lastBackup;
    @FXML private Label missedBackup;
    @FXML private Button backUpNow;
    @FXML private Button restore;
    @FXML private Button importButton;
    @FXML private Button exportJson;
    @FXML private Button exportCsv;
    @FXML private Label status;
    @FXML private Label error;

    private final DataViewModel viewModel;
    private final ResourceBundle text;
    private final Clock clock;

    public DataView(DataViewModel viewModel, ResourceBundle text, Clock clock) {
        this.viewModel = viewModel;
        this.text = text;
        this.clock = clock;
        Fxml.load(this, text);
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        Path backups = viewModel.backupsFolder();
        where.setText(MessageFormat.format(text.getString("data.where"), backups.getParent(), backups));
        lastBackup.textProperty().bind(viewModel.lastBackupProperty());
        missedBackup.textProperty().bind(viewModel.missedBackupProperty());
        show(missedBackup);
        for (Button button : new Button[] {backUpNow, restore, importButton, exportJson, exportCsv}) {
            button.disableProperty().bind(viewModel.busyProperty());
        }
        status.textProperty().bind(viewModel.statusProperty());
        show(status);
        error.textProperty().bind(viewModel.errorProperty());
        show(error);
        // Asked once the check's own result is shown: a dialog opened inside the change would wait with the card
        // still saying "Working…" behind it.
        viewModel.pendingRestoreProperty().addListener((obs, old, plan) -> {
            if (plan != null) {
                Platform.runLater(() -> confirm(plan));
            }
        });
        viewModel.pendingLoopImportProperty().addListener((obs, old, plan) -> {
            if (plan != null) {
                Platform.runLater(() -> confirm(plan));
            }
        });
    }

    private static void show(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }

    @FXML
    private void restore() {
        File chosen = chooser(text.getString("data.restore"), "data.chooser.json", "*.json", existingBackups())
                .showOpenDialog(window());
        if (chosen != null) {
            viewModel.checkRestore(chosen.toPath());
        }
    }

    @FXML
    private void importFile() {
        File chosen = chooser(text.getString("data.import"), "data.chooser.import", "*.json", home())
                .showOpenDialog(window());
        if (chosen != null) {
            viewModel.importFile(chosen.toPath());
        }
    }

    @FXML
    private void exportJson() {
        saveAs("data.exportJson", "data.chooser.json", "*.json", "rune-export-", viewModel::exportJson);
    }

    @FXML
    private void exportCsv() {
        saveAs("data.exportCsv", "data.chooser.csv", "*.csv", "rune-progress-", viewModel::exportCsv);
    }

    /** Asks where to save, offering {@code prefix} + today's date as the name, and hands the choice on. */
    private void saveAs(String titleKey, String filterKey, String pattern, String prefix, Consumer<Path> then) {
        FileChooser chooser = chooser(text.getString(titleKey), filterKey, pattern, home());
        chooser.setInitialFileName(prefix + LocalDate.now(clock) + pattern.substring(1));
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            then.accept(chosen.toPath());
        }
    }

    /** Restoring replaces everything: the person sees what the backup holds and says yes first. */
    private void confirm(DataViewModel.RestorePlan plan) {
        ButtonType go = new ButtonType(text.getString("data.restore.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, plan.question(), go, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setTitle(text.getString("data.restore.title"));
        alert.setHeaderText(text.getString("data.restore.title"));
        alert.getDialogPane().setId("restoreConfirmation");
        alert.getDialogPane().setMinWidth(560);
        if (Dialogs.styled(alert).showAndWait().orElse(ButtonType.CANCEL) == go) {
            viewModel.confirmRestore();
        } else {
            viewModel.cancelRestore();
        }
    }

    /** Importing from Loop: the person sees each habit's task and the days it brings, and says yes first. */
    private void confirm(DataViewModel.LoopPlan plan) {
        ButtonType go = new ButtonType(text.getString("data.loop.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, plan.preview(), go, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setTitle(plan.title());
        alert.setHeaderText(plan.title());
        alert.getDialogPane().setId("loopImportConfirmation");
        alert.getDialogPane().setMinWidth(620);
        if (Dialogs.styled(alert).showAndWait().orElse(ButtonType.CANCEL) == go) {
            viewModel.confirmLoopImport();
        } else {
            viewModel.cancelLoopImport();
        }
    }

    private FileChooser chooser(String title, String filterKey, String pattern, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title.replace("\u2026", ""));
        // The import's filter takes Loop's backups and CSV exports beside Rune's own exports.
        List<String> patterns = filterKey.equals("data.chooser.import") ? List.of(pattern, "*.csv", "*.db", "*.zip")
                : List.of(pattern);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString(filterKey), patterns));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private Path existingBackups() {
        Path backups = viewModel.backupsFolder();
        return Files.isDirectory(backups) ? backups : home();
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
