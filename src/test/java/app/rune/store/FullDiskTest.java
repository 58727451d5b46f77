package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rune.TestData;
import app.rune.data.StoreException;
import app.rune.model.DailyProgress;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write on a full disk is refused with words, keeps everything saved before, and works again once there is
 * room, without restarting. Needs a small disk of its own: a tmpfs, which only root may mount, so elsewhere the
 * test is skipped.
 */
class FullDiskTest {
    @TempDir
    Path temp;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = temp.resolve("small");
        Files.createDirectories(disk);
        mounted = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString());
        assumeTrue(mounted, "a 1 MiB tmpfs could not be mounted (not root?)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", disk.toString());
        }
    }

    @Test
    void aWriteOnAFullDiskIsRefusedKeepsWhatWasSavedAndWorksOnceThereIsRoom() throws Exception {
        DataFolder folder = DataFolder.open(disk.resolve("data"));
        Path filler = disk.resolve("filler");
        try (Store store = Store.open(folder, TestData.json())) {
            store.upsertAll(TestData.seed());
            fill(filler);

            assertThatThrownBy(() -> store.dailyProgress().save(day("2025-06-29", 20_000)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("the disk is full")
                    .hasMessageContaining("everything saved before is kept");
            assertThat(store.readAll()).isEqualTo(TestData.seed());

            Files.delete(filler);
            store.dailyProgress().save(day("2025-06-30", 200));
        }
        try (Store reopened = Store.open(folder, TestData.json())) {
            assertThat(reopened.readAll().dailyProgress()).extracting(DailyProgress::date)
                    .extracting(Object::toString).containsExactlyInAnyOrder("2025-06-28", "2025-06-30");
        }
    }

    @Test
    void anImportOnAFullDiskSaysSoInWordsAndChangesNothing() throws Exception {
        DataFolder folder = DataFolder.open(disk.resolve("data"));
        Path filler = disk.resolve("filler");
        try (Store store = Store.open(folder, TestData.json())) {
            store.upsertAll(TestData.seed());
            fill(filler);

            assertThatThrownBy(() -> store.upsertAll(History.documents()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("the disk is full")
                    .hasMessageContaining("nothing was changed")
                    .hasMessageNotContaining("Cannot read field")
                    .hasMessageNotContaining("null");
            assertThat(store.readAll()).isEqualTo(TestData.seed());
            assertThat(folder.root().resolve("rune.db.staged")).doesNotExist();
        }
    }

    /** The seed's day, moved to {@code date}, with a mood of {@code moodLength} random letters. */
    private static DailyProgress day(String date, int moodLength) throws Exception {
        ObjectNode day = TestData.seedTree().get("daily_progress").get(0).deepCopy();
        Random random = new Random(date.hashCode());
        StringBuilder mood = new StringBuilder();
        for (int i = 0; i < moodLength; i++) {
            mood.append((char) ('a' + random.nextInt(26)));
        }
        day.put("date", date).put("_id", "day-" + date).put("mood_after_tasks", mood.toString());
        return TestData.json().treeToValue(day, DailyProgress.class);
    }

    /** A new folder whose data file could not even be made leaves nothing behind: nothing was ever saved in it. */
    @Test
    void aNewFolderOnAFullDiskIsRefusedAndLeftNowhere() throws Exception {
        fill(disk.resolve("filler"));
        Path root = disk.resolve("fresh");

        assertThatThrownBy(() -> Store.open(DataFolder.open(root), TestData.json()).close())
                .isInstanceOf(StoreException.class).hasMessageContaining("the disk is full");
        assertThat(root).doesNotExist();
    }

    /** A data file gone missing beside its record of commits is damage to report: its folder is never tidied away. */
    @Test
    void aFolderWithARecordOfCommitsIsNeverTidiedAway() throws Exception {
        DataFolder folder = DataFolder.open(disk.resolve("data"));
        try (Store store = Store.open(folder, TestData.json())) {
            store.upsertAll(TestData.seed());
        }
        Files.delete(folder.databaseFile());

        assertThatThrownBy(() -> Store.open(folder, TestData.json()).close())
                .hasMessageContaining("missing");
        assertThat(folder.root().resolve("rune.db.commit")).exists();
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        new Random(1).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // The disk is full: that is the point.
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException notThere) {
            return false;
        }
    }
}
