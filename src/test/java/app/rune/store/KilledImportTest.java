package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.Launcher;
import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.support.JavaProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An import killed at any moment leaves the data as it was before, or fully imported: never a part. */
class KilledImportTest {
    private static final int DAYS = 1500;

    @TempDir
    Path temp;

    @Test
    @Timeout(300)
    void anImportKilledAtAnyMomentIsAllOrNothing() throws Exception {
        DataSet seed = TestData.seed();
        Path file = temp.resolve("years.json");
        Files.writeString(file, TestData.json().writeValueAsString(new DataSet(null, days(), null, null, null)));
        int before = 0;
        int after = 0;
        for (long delay : new long[] {150, 400, 650, 900, 1150, 1400, 1700, 2000}) {
            Path data = temp.resolve("data-" + delay);
            try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
                seed.dailyProgress().forEach(store.dailyProgress()::save);
            }
            Process importer = JavaProcess.start(Launcher.class, "--data-dir", data.toString(), "import",
                    file.toString());
            boolean finished = importer.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                importer.destroyForcibly();
                assertThat(importer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
                int count = store.dailyProgress().findAll().size();
                assertThat(count).as("documents after a kill at %d ms", delay).isIn(1, 1 + DAYS);
                if (count == 1) {
                    before++;
                } else {
                    after++;
                }
            }
            assertThat(data.resolve("rune.db.staged")).doesNotExist();
        }
        System.out.println("kept the old data " + before + " times, the new data " + after + " times");
    }

    private static List<DailyProgress> days() {
        List<DailyProgress> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            days.add(KilledWriter.document(i, LocalDate.of(2015, 1, 1).plusDays(i)));
        }
        return days;
    }
}
