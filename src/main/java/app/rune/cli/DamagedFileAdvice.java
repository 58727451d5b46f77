package app.rune.cli;

import app.rune.data.DamagedDataFileException;
import app.rune.service.transfer.BackupFile;
import app.rune.service.transfer.BackupService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What to do about a damaged data file, for the terminal: which files `rune restore` can bring back. */
final class DamagedFileAdvice {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.ENGLISH);

    private DamagedFileAdvice() {
    }

    static String of(DamagedDataFileException damaged, Path backups) {
        Optional<BackupFile> newest = newest(backups);
        Optional<Path> recovered = damaged.recovered();
        if (newest.isEmpty() && recovered.isEmpty()) {
            return "There is no backup in " + backups + " and nothing could be read from the damaged file. To start "
                    + "again with no data, restore an export you keep elsewhere (rune restore FILE), or move the "
                    + "damaged file out of the data folder.";
        }
        StringBuilder text = new StringBuilder("To bring your data back: ");
        // The backup's time as its name has it: in the person's zone (see BackupFile), not the computer's.
        newest.ifPresent(b -> text.append("rune restore ").append(b.file()).append(" (the newest backup, from ")
                .append(b.daily() ? DAY.format(b.taken()) : TIME.format(b.taken())).append(')'));
        if (newest.isPresent() && recovered.isPresent()) {
            text.append(", or ");
        }
        recovered.ifPresent(r -> text.append("rune restore ").append(r).append(" (what could still be read)"));
        text.append(". The damaged file is kept either way; backups are in ").append(backups).append('.');
        return text.toString();
    }

    private static Optional<BackupFile> newest(Path backups) {
        try {
            List<BackupFile> found = BackupService.in(backups);
            return found.stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
