package app.rune.service.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.data.KeyValueFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReminderLogTest {
    @TempDir
    Path temp;

    private FileReminderLog log(Path file) {
        return new FileReminderLog(new KeyValueFile(file, "test"));
    }

    @Test
    void keepsEachPersonsDayAndSnoozeAcrossInstances() {
        Path file = temp.resolve("reminders.properties");
        Instant snoozed = Instant.parse("2025-06-28T17:15:00Z");
        log(file).put("ana", new ReminderLog.Entry(LocalDate.of(2025, 6, 28), snoozed));
        log(file).put("ben", new ReminderLog.Entry(LocalDate.of(2025, 6, 27), null));

        FileReminderLog reopened = log(file);
        assertThat(reopened.get("ana")).isEqualTo(new ReminderLog.Entry(LocalDate.of(2025, 6, 28), snoozed));
        assertThat(reopened.get("ben")).isEqualTo(new ReminderLog.Entry(LocalDate.of(2025, 6, 27), null));
        assertThat(reopened.get("cy")).isEqualTo(ReminderLog.Entry.NONE);
    }

    @Test
    void aSnoozeThatIsOverIsForgotten() {
        Path file = temp.resolve("reminders.properties");
        log(file).put("ana", new ReminderLog.Entry(LocalDate.of(2025, 6, 28), Instant.parse("2025-06-28T17:15:00Z")));
        log(file).put("ana", new ReminderLog.Entry(LocalDate.of(2025, 6, 28), null));

        assertThat(log(file).get("ana").snoozedUntil()).isEmpty();
    }

    @Test
    void aDamagedFileReadsAsNeverRemindedAndIsRepairedByTheNextWrite() throws Exception {
        Path file = temp.resolve("reminders.properties");
        Files.writeString(file, "ana.lastSent=yesterday-ish\nana.snoozedUntil=\\u12\n");

        assertThat(log(file).get("ana")).isEqualTo(ReminderLog.Entry.NONE);
        log(file).put("ana", new ReminderLog.Entry(LocalDate.of(2025, 6, 28), null));
        assertThat(log(file).get("ana").lastSent()).isEqualTo(LocalDate.of(2025, 6, 28));
    }
}
