package app.rune.ui.settings;

import app.rune.model.DataSet;
import app.rune.service.transfer.BackupFile;
import app.rune.service.transfer.BackupService;
import app.rune.service.transfer.CsvExportService;
import app.rune.service.transfer.CsvImportService;
import app.rune.service.transfer.ExportService;
import app.rune.service.transfer.ImportService;
import app.rune.service.transfer.RestoreService;
import app.rune.service.transfer.loop.LoopImportService;
import app.rune.ui.common.Background;
import app.rune.ui.common.DateText;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Settings → Your data: back up now, restore a backup (checked first, then confirmed), import, and export as
 * JSON or CSV. Every operation runs off the FX thread, one at a time; the result or the problem, in words, is
 * in {@link #statusProperty()} or {@link #errorProperty()}. A restore or import changes what every screen
 * shows, so it ends by handing its message to {@code onDataReplaced}, which rebuilds the window.
 */
public final class DataViewModel {
    private static final Logger LOG = System.getLogger(DataViewModel.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private final DateText dates = DateText.ofDefaultLocale();

    /** The services this card drives; all of them act on the whole data folder. */
    public record Services(BackupService backups, RestoreService restorer, ImportService importer,
            LoopImportService loops, CsvImportService csvImporter, ExportService exporter, CsvExportService csv) {
    }

    /** A backup that passed every check, waiting for the person to confirm. */
    public record RestorePlan(Path file, DataSet checked, String question) {
    }

    /** A file of Loop Habit Tracker's that passed every check, and what it brings, waiting for a yes. */
    public record LoopPlan(LoopImportService.Prepared prepared, String title, String preview) {
    }

    private final Services services;
    private final String userId;
    private final Background background;
    private final ResourceBundle text;
    private final Clock clock;
    private final Consumer<String> onDataReplaced;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper(this, "lastBackup", "");
    private final ReadOnlyStringWrapper missedBackup = new ReadOnlyStringWrapper(this, "missedBackup", "");
    private final ReadOnlyObjectWrapper<RestorePlan> pendingRestore = new ReadOnlyObjectWrapper<>(this,
            "pendingRestore");
    private final ReadOnlyObjectWrapper<LoopPlan> pendingLoopImport = new ReadOnlyObjectWrapper<>(this,
            "pendingLoopImport");

    /** @param userId the person using the app: a Loop history is theirs */
    public DataViewModel(Services services, String userId, Background background, ResourceBundle text, Clock clock,
            Consumer<String> onDataReplaced) {
        this.services = services;
        this.userId = userId;
        this.background = background;
        this.text = text;
        this.clock = clock;
        this.onDataReplaced = onDataReplaced;
    }

    /** The newest backup, if any, the zone its name's date and time are in, and today's if it failed. */
    private record Newest(Optional<BackupFile> backup, ZoneId zone, Optional<BackupService.Missed> missed) {
    }

    /** Reads which backup is newest, and the zone backups are named in (both need the data folder). */
    public void load() {
        BackupService backups = services.backups();
        background.run(() -> new Newest(backups.newest(), backups.zone(), backups.missedToday()), this::showNewest,
                failure -> LOG.log(Level.WARNING, "Could not list the backups", failure));
    }

    public Path backupsFolder() {
        return services.backups().folderPath();
    }

    public void backUpNow() {
        perform(services.backups()::now, file -> {
            load();
            return MessageFormat.format(text.getString("data.backedUp"), file);
        });
    }

    /** Checks {@code file} like an import; if it passes, {@link #pendingRestoreProperty()} asks to confirm. */
    public void checkRestore(Path file) {
        perform(() -> services.restorer().check(file), checked -> {
            pendingRestore.set(new RestorePlan(file, checked, MessageFormat.format(
                    text.getString("data.restore.question"), file.getFileName(), checked.userGoals().size(),
                    checked.dailyProgress().size(), backupsFolder())));
            return "";
        });
    }

    public void confirmRestore() {
        RestorePlan plan = pendingRestore.get();
        pendingRestore.set(null);
        if (plan == null) {
            return;
        }
        perform(() -> services.restorer().restore(plan.checked()), restored -> {
            String message = MessageFormat.format(text.getString("data.restored"), plan.checked().size(),
                    plan.file().getFileName())
                    + restored.backupBefore().map(b -> " " + MessageFormat.format(text.getString("data.restored.before"),
                            b)).orElse("");
            load();
            onDataReplaced.accept(message);
            return message;
        });
    }

    public void cancelRestore() {
        pendingRestore.set(null);
    }

    /**
     * Imports {@code file}: one of Loop Habit Tracker's (a backup or a CSV export, told by its name) is read and
     * checked first and waits in {@link #pendingLoopImportProperty()} for a yes; Rune's progress CSV (the
     * person's own days, edited in a spreadsheet) and Rune's JSON export are imported.
     */
    public void importFile(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            perform(() -> services.csvImporter().importFile(file, userId), summary -> {
                if (summary.changedNothing()) {
                    // Nothing was written: the window need not be rebuilt, and no backup was made for it.
                    return MessageFormat.format(text.getString("data.csvUnchanged"), summary.days(),
                            file.getFileName());
                }
                String message = MessageFormat.format(text.getString("data.csvImported"), summary.days(),
                        file.getFileName(), summary.added(), summary.replaced(), summary.unchanged());
                load();
                onDataReplaced.accept(message);
                return message;
            });
            return;
        }
        if (LoopPreview.isLoopFile(file)) {
            perform(() -> services.loops().prepare(file, userId, null), prepared -> {
                LoopPreview preview = new LoopPreview(prepared.summary(), text, dates);
                pendingLoopImport.set(new LoopPlan(prepared, preview.title(), preview.text()));
                return "";
            });
            return;
        }
        perform(() -> services.importer().importFile(file), summary -> {
            String message = MessageFormat.format(text.getString("data.imported"), summary.total(),
                    file.getFileName(), summary.added(), summary.replaced());
            load();
            onDataReplaced.accept(message);
            return message;
        });
    }

    public void confirmLoopImport() {
        LoopPlan plan = pendingLoopImport.get();
        pendingLoopImport.set(null);
        if (plan == null) {
            return;
        }
        perform(() -> services.loops().store(plan.prepared()), summary -> {
            String message = MessageFormat.format(text.getString("data.loop.imported"), summary.habits().size(),
                    summary.days(), plan.prepared().file().getFileName());
            load();
            onDataReplaced.accept(message);
            return message;
        });
    }

    public void cancelLoopImport() {
        pendingLoopImport.set(null);
    }

    public void exportJson(Path file) {
        perform(() -> services.exporter().writeTo(file), written -> MessageFormat.format(
                text.getString("data.exportedJson"), written.size(), file));
    }

    public void exportCsv(Path file) {
        perform(() -> services.csv().writeTo(file), summary -> MessageFormat.format(
                text.getString("data.exportedCsv"), summary.rows(), file));
    }

    /** One operation at a time: the buttons are disabled while {@link #busyProperty()} is true. */
    private <T> void perform(Callable<T> work, Function<T, String> describe) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        status.set(text.getString("data.working"));
        background.run(work, result -> {
            busy.set(false);
            status.set(describe.apply(result));
        }, failure -> {
            busy.set(false);
            status.set("");
            LOG.log(Level.WARNING, "A data operation failed", failure);
            // The services' messages name the file and each problem in it; they are written for people.
            error.set(failure.getMessage() == null
                    ? MessageFormat.format(text.getString("data.failed"), failure.getClass().getSimpleName())
                    : failure.getMessage());
        });
    }

    private void showNewest(Newest newest) {
        lastBackup.set(newest.backup().map(b -> MessageFormat.format(text.getString("data.lastBackup"),
                when(b, newest.zone()), b.file().getFileName())).orElse(text.getString("data.noBackup")));
        missedBackup.set(newest.missed().map(m -> MessageFormat.format(text.getString("data.missedBackup"), m.why()))
                .orElse(""));
    }

    /** "today, 09:00", "yesterday" or the day: the name's date and time are in {@code zone}, so today is too. */
    private String when(BackupFile backup, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        String day = backup.taken().toLocalDate().equals(today) ? text.getString("data.today")
                : backup.taken().toLocalDate().equals(today.minusDays(1)) ? text.getString("data.yesterday")
                : dates.day(backup.taken().toLocalDate());
        return backup.daily() ? day : day + ", " + backup.taken().format(TIME);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why today's backup could not be made, while it has not been made since; empty otherwise. */
    public ReadOnlyStringProperty missedBackupProperty() {
        return missedBackup.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RestorePlan> pendingRestoreProperty() {
        return pendingRestore.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoopPlan> pendingLoopImportProperty() {
        return pendingLoopImport.getReadOnlyProperty();
    }
}
