package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.support.JavaProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A write Rune has acknowledged survives the process being killed, and the file still opens. */
class CrashSafetyTest {
    @TempDir
    Path temp;

    @RepeatedTest(3)
    @Timeout(120)
    void acknowledgedWritesSurviveAKill() throws Exception {
        Path data = temp.resolve("data");
        Process writer = JavaProcess.start(KilledWriter.class, data.toString());
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                acknowledged = Integer.parseInt(line.substring("saved ".length()));
                if (acknowledged >= 40) {
                    writer.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("the writer saved something before it was killed").isGreaterThanOrEqualTo(40);

        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            for (int i = 0; i <= acknowledged; i++) {
                LocalDate date = LocalDate.of(2020, 1, 1).plusDays(i);
                DailyProgress expected = KilledWriter.document(i, date);
                assertThat(store.dailyProgress().findByUserAndDate("ana", date)).as("day %d", i).contains(expected);
            }
        }
    }
}
