package app.rune.service.transfer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup in {@code backups/}, known by its name: {@code rune-2025-06-28.json} (the day's backup) or
 * {@code rune-2025-06-28-193000.json} (one made on demand at 19:30:00; a second one in the same second is
 * {@code rune-2025-06-28-193000-2.json}). The date and time are in the folder's zone when the backup was made
 * ({@link BackupService#zone()}, the person's own as a rule), so they are shown as the name has them: no zone
 * needs to be read, which matters when the data file is damaged.
 *
 * @param sequence 1, or the number after the time for a second backup in the same second
 */
public record BackupFile(Path file, LocalDateTime taken, boolean daily, int sequence) {
    private static final Pattern NAME =
            Pattern.compile("rune-(\\d{4}-\\d{2}-\\d{2})(?:-(\\d{6})(?:-(\\d{1,4}))?)?\\.json");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    /** Empty for a file that is not one of Rune's backups (they are never touched). */
    static Optional<BackupFile> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            if (m.group(2) == null) {
                // The day's backup is made when Rune opens: it sorts before that day's others.
                return Optional.of(new BackupFile(file, date.atStartOfDay(), true, 1));
            }
            int sequence = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return Optional.of(new BackupFile(file, date.atTime(LocalTime.parse(m.group(2), TIME)), false, sequence));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
