package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rune.TestData;
import app.rune.support.RuneJar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change is reported saved only once the disk took it: when the system answers Rune's flush of the data file
 * with an I/O error (it may then drop the pages it could not write), the real jar's command says so and fails,
 * and the commit record beside the file does not move on. The error is injected with strace, where it can trace
 * (the test is skipped where it cannot).
 */
class FailedFlushIT {
    @TempDir
    Path work;

    @Test
    void aCheckWhoseFlushFailsIsNotReportedSaved() throws Exception {
        assumeTrue(straceWorks(), "strace is not installed here, or may not trace");
        RuneJar rune = RuneJar.built();
        Path data = seeded();
        byte[] record = Files.readAllBytes(data.resolve("rune.db.commit"));

        // Every flush fails (a folder's too, which Rune only tries): the first that matters is the change's.
        RuneJar.Result check = rune.runUnder(List.of("strace", "-f", "-qq", "-o", "/dev/null",
                "-e", "trace=fsync,fdatasync", "-e", "inject=fsync,fdatasync:error=EIO"), data,
                "check", "task_2", "--date", "2025-06-28", "--user", "user_id", "--notes", "flushed?");

        assertThat(check.exit()).as(check.describe()).isEqualTo(1);
        assertThat(check.err()).contains("The disk reported an error while Rune saved this change")
                .contains("it may not be kept; everything saved before is kept")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(check.out()).doesNotContain("flushed?");
        assertThat(Files.readAllBytes(data.resolve("rune.db.commit"))).as("the commit record").isEqualTo(record);
        // The file opens as the disk has it, whole.
        assertThat(rune.run(data, "export").exit()).isZero();
    }

    /**
     * The change's own flush works and every later one fails (the commit record's, the closing's, a compaction's):
     * the change is on the disk, so the command reports it saved, and the file opens with it afterwards.
     */
    @Test
    void aCloseThatFailsAfterTheChangeWasFlushedIsNoFailure() throws Exception {
        assumeTrue(straceWorks(), "strace is not installed here, or may not trace");
        RuneJar rune = RuneJar.built();
        Path data = seeded();

        RuneJar.Result check = rune.runUnder(List.of("strace", "-f", "-qq", "-o", "/dev/null",
                "-e", "trace=fsync,fdatasync", "-e", "inject=fsync,fdatasync:error=EIO:when=2+"), data,
                "check", "task_2", "--date", "2025-06-28", "--user", "user_id", "--notes", "flushed");

        assertThat(check.exit()).as(check.describe()).isZero();
        assertThat(check.err()).isEmpty();
        RuneJar.Result today = rune.run(data, "today", "--date", "2025-06-28", "--user", "user_id");
        assertThat(today.exit()).as(today.describe()).isZero();
        assertThat(today.out()).contains("flushed");
    }

    private Path seeded() throws Exception {
        Path data = work.resolve("data");
        Path seed = work.resolve("seed.json");
        try (InputStream in = TestData.class.getResourceAsStream(TestData.SEED_RESOURCE)) {
            Files.copy(in, seed);
        }
        assertThat(RuneJar.built().run(data, "import", seed.toString()).exit()).isZero();
        return data;
    }

    private static boolean straceWorks() {
        try {
            Process probe = new ProcessBuilder("strace", "-f", "-qq", "-o", "/dev/null", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
