package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.Launcher;
import app.rune.support.JavaProcess;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A command that runs out of memory says so in one line, with what to do, and no stack trace. */
class OutOfMemoryTest {
    @TempDir
    Path temp;

    @Test
    @Timeout(120)
    void anImportLargerThanTheMemoryEndsInOneClearLine() throws Exception {
        // 40 MB, most of it white space: valid, but it cannot even be read into 32 MB of memory.
        Path file = temp.resolve("large.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"user_goals\": []}".getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) {
                out.write(spaces);
            }
        }

        Process rune = JavaProcess.startWith(List.of("-Xmx32m"), Launcher.class,
                "--data-dir", temp.resolve("data").toString(), "import", file.toString());
        assertThat(rune.waitFor(100, TimeUnit.SECONDS)).isTrue();
        String err = new String(rune.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(rune.exitValue()).as(err).isEqualTo(ExitStatus.FAILED);
        assertThat(err.lines().toList()).as(err).singleElement().asString()
                .startsWith("Not enough memory to finish rune import")
                .contains("start Rune with more memory, e.g. java -Xmx")
                .doesNotContain("Exception", "OutOfMemoryError");
    }
}
