package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.support.JavaProcess;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ended by SIGTERM (logging out, shutting down), Rune closes its data file as on quitting: what waited for the
 * next commit (the figures after a tick) is on disk, not lost until the app next runs.
 */
class TerminatedSessionTest {
    @TempDir
    Path temp;

    @Test
    void aSessionEndedBySigtermClosesItsFile() throws Exception {
        Path data = temp.resolve("data");
        Process child = JavaProcess.startQuickUntilReady(temp.resolve("errors.txt"), TerminatedSession.class,
                data.toString());
        try {
            child.destroy();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ended").isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            assertThat(store.userPreferences().findAll()).isEqualTo(TestData.seed().userPreferences());
            assertThat(store.userAnalytics().findAll()).as("the figures waiting for the next commit")
                    .isEqualTo(TestData.seed().userAnalytics());
        }
    }
}
