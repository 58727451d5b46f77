package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill between MVStore writing a commit's chunk and writing the store header that points to it leaves a file
 * that opens as the commit before (the cut-short one is lost, as it may be). A session that then only reads and
 * closes must leave a file that opens the same way again. MVStore's close marks such a file clean without storing
 * what its recovery found, and the next open, trusting the mark, fell back to a far older version, which the check
 * refused ("only an earlier state of it can be read (version 19 of 39)": {@link KilledSessionTest}, seed
 * 758637150795139755, round 11).
 *
 * <p>Each commit of a session is cut short this way in turn, the file built from what the disk held before and
 * after it: the new chunk written (over dead chunks it was allowed to reuse), the header and the file's length
 * still those of the commit before. The file was closed once before that session, as a folder in use has been:
 * a file that lacks a map (the index of a collection still empty) would get it at Nitrite's close, and that store
 * hid the fault.
 */
class ReadOnlySessionAfterKillTest {
    private static final int COMMITS = 40;
    /** MVStore's two store header blocks at the start of the file. */
    private static final int HEADER_BYTES = 2 * 4096;

    @TempDir
    Path temp;

    @Test
    void aSessionThatOnlyReadsAfterAKillLeavesAFileThatOpensTheSameAgain() throws Exception {
        DataFolder source = DataFolder.open(temp.resolve("source"));
        Path record = source.root().resolve("rune.db.commit");
        List<byte[]> files = new ArrayList<>();
        List<byte[]> records = new ArrayList<>();
        List<DataSet> contents = new ArrayList<>();
        List<DailyProgress> days = History.documents().dailyProgress().subList(0, 5);
        try (Store store = Store.open(source, TestData.json())) {
            days.forEach(store.dailyProgress()::save);
        }
        try (Store store = Store.open(source, TestData.json())) {
            // A few days checked in again and again, as a session of ticks does: each commit leaves the chunks
            // before it dead, and MVStore writes later chunks over them.
            for (int i = 0; i < COMMITS; i++) {
                DailyProgress day = days.get(i % days.size());
                store.dailyProgress().save(new DailyProgress(day.id(), day.userId(), day.date(), day.tasks(),
                        1 + i % 10, "check-in " + i, day.checkInTime(), day.createdAt(), day.restDay()));
                files.add(Files.readAllBytes(source.databaseFile()));
                records.add(Files.readAllBytes(record));
                contents.add(store.readAll());
            }
        }

        int cutShortLost = 0;
        for (int k = 0; k + 1 < COMMITS; k++) {
            DataFolder folder = DataFolder.open(temp.resolve("killed-" + k));
            Files.write(folder.databaseFile(), killedBeforeHeader(files.get(k), files.get(k + 1)));
            Files.write(folder.root().resolve("rune.db.commit"), records.get(k));

            DataSet seen;
            try (Store store = Store.open(folder, TestData.json())) {
                seen = store.readAll();
            }
            assertThat(seen).as("commit %d cut short: the file holds the commit before or that one", k + 1)
                    .isIn(contents.get(k), contents.get(k + 1));
            if (seen.equals(contents.get(k))) {
                cutShortLost++;
            }
            try (Store store = Store.open(folder, TestData.json())) {
                assertThat(store.readAll()).as("commit %d cut short, opened again after a session that only read",
                        k + 1).isEqualTo(seen);
            }
        }
        assertThat(cutShortLost).as("kills whose chunk recovery could not find (what this test is about)")
                .isPositive();
    }

    /**
     * The disk as a kill leaves it after a commit's chunk is written, before the header: {@code after}'s bytes,
     * with {@code before}'s header and, where {@code after} was shortened, {@code before}'s end.
     */
    private static byte[] killedBeforeHeader(byte[] before, byte[] after) {
        byte[] killed = Arrays.copyOf(after, Math.max(before.length, after.length));
        if (before.length > after.length) {
            System.arraycopy(before, after.length, killed, after.length, before.length - after.length);
        }
        System.arraycopy(before, 0, killed, 0, HEADER_BYTES);
        return killed;
    }
}
