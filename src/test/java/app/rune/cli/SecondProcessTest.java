package app.rune.cli;

import app.rune.ExitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.Launcher;
import app.rune.TestData;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.support.JavaProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Only one Rune may use a data folder; a second one says so in one line and exits with status 3. */
class SecondProcessTest {
    @TempDir
    Path temp;

    @Test
    @Timeout(60)
    void aSecondProcessOnTheSameFolderIsRefusedWithStatus3() throws Exception {
        Path data = temp.resolve("data");
        Path seed = temp.resolve("seed.json");
        Files.writeString(seed, TestData.seedTree().toPrettyString());
        try (Store running = Store.open(DataFolder.open(data), TestData.json())) {
            running.userGoals().save(TestData.seed().userGoals().get(0));
            byte[] before = Files.readAllBytes(data.resolve("rune.db"));

            for (String[] command : new String[][] {{"users"}, {"export"}, {"import", seed.toString()}}) {
                Process second = JavaProcess.start(Launcher.class, prepend("--data-dir", data.toString(), command));
                assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
                String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(second.exitValue()).as(String.join(" ", command)).isEqualTo(ExitStatus.DATA_FOLDER_IN_USE);
                assertThat(err.strip()).hasLineCount(1)
                        .contains("Another Rune is using the data folder " + data.toAbsolutePath())
                        .doesNotContain("Exception");
                assertThat(out).isEmpty();
            }
            assertThat(Files.readAllBytes(data.resolve("rune.db"))).isEqualTo(before);
            assertThat(running.userGoals().findAll()).hasSize(1);
        }
    }

    private static String[] prepend(String a, String b, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
