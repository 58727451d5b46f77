package app.rune.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BackupFileTest {
    @Test
    void readsTheThreeKindsOfName() {
        assertThat(BackupFile.parse(Path.of("rune-2025-06-28.json"))).contains(
                new BackupFile(Path.of("rune-2025-06-28.json"), LocalDateTime.of(2025, 6, 28, 0, 0), true, 1));
        assertThat(BackupFile.parse(Path.of("rune-2025-06-28-193005.json"))).contains(
                new BackupFile(Path.of("rune-2025-06-28-193005.json"), LocalDateTime.of(2025, 6, 28, 19, 30, 5),
                        false, 1));
        assertThat(BackupFile.parse(Path.of("rune-2025-06-28-193005-3.json"))).map(BackupFile::sequence).contains(3);
    }

    @Test
    void otherNamesAreNotBackups() {
        for (String name : new String[] {"rune-2025-13-01.json", "rune-2025-06-28-256000.json", "rune-latest.json",
                "rune-2025-06-28.json.tmp", "rune-2025-06-28.txt", "mine-2025-06-28.json"}) {
            assertThat(BackupFile.parse(Path.of(name))).as(name).isEmpty();
        }
    }
}
