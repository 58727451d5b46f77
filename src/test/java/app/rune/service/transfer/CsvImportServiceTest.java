package app.rune.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.TaskEntry;
import app.rune.service.user.UserDirectory;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress CSV back in: an export imported and exported again is the same file byte for byte, and the stored
 * documents are the same too; an edited cell changes what it says and nothing else; the forms a spreadsheet may
 * save the file in are read the same.
 */
class CsvImportServiceTest {
    @TempDir
    Path temp;

    private final List<Store> stores = new ArrayList<>();
    private Store store;

    @BeforeEach
    void setUp() throws Exception {
        store = open("data");
        ProgressCsvFixture.saveAll(store);
    }

    @AfterEach
    void tearDown() {
        stores.forEach(Store::close);
    }

    @Test
    void anExportImportedAndExportedAgainIsTheSameFileAndTheSameDocuments() throws Exception {
        Path first = export(store, "first.csv");
        DataSet before = store.readAll();

        CsvImportSummary summary = importer(store).importFile(first, null);

        assertThat(summary).isEqualTo(new CsvImportSummary(List.of("ana", "bo"), 4, 5, 0, 0, 4));
        assertThat(Files.readAllBytes(export(store, "second.csv"))).isEqualTo(Files.readAllBytes(first));
        // Also what the file cannot show: seconds, the title recorded before a rename, an absent rest_day.
        assertThat(store.readAll()).isEqualTo(before);
    }

    @Test
    void theExportOfOnePersonBuildsTheSameDaysInAnotherDataFolder() throws Exception {
        Path file = temp.resolve("ana.csv");
        exporter(store).writeTo(file, "ana");
        Store other = open("other");
        ProgressCsvFixture.savePeople(other);

        CsvImportSummary summary = importer(other).importFile(file, "ana");

        assertThat(summary).isEqualTo(new CsvImportSummary(List.of("ana"), 3, 4, 3, 0, 0));
        Path again = temp.resolve("ana-again.csv");
        exporter(other).writeTo(again, "ana");
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
        DailyProgress made = other.dailyProgress().findByUserAndDate("ana", ProgressCsvFixture.NOV_25).orElseThrow();
        assertThat(made.id()).matches("[0-9a-f]{24}").startsWith(Long.toHexString(
                ProgressCsvFixture.CLOCK.instant().getEpochSecond()));
        assertThat(made.createdAt()).isEqualTo(ProgressCsvFixture.CLOCK.instant());
        assertThat(made.tasks()).extracting(TaskEntry::notes).contains(ProgressCsvFixture.NOTE, "=SUM(A1)");
        // The file has minutes only: the seconds of a time recorded elsewhere are not there to keep.
        assertThat(made.tasks()).filteredOn(e -> e.taskId().equals("read")).extracting(TaskEntry::completionTime)
                .containsExactly(Instant.parse("2026-11-25T17:05:00Z"));
    }

    @Test
    void anEditedCellChangesThatValueAndNothingElse() throws Exception {
        Path file = export(store, "progress.csv");
        DataSet before = store.readAll();
        String text = Files.readString(file);
        String edited = text.replace(",true,2026-11-26 00:05,3,5,", ",true,2026-11-26 00:05,4,5,");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(file, edited);

        CsvImportSummary summary = importer(store).importFile(file, null);

        assertThat(summary).as("only the edited day is written").isEqualTo(
                new CsvImportSummary(List.of("ana", "bo"), 4, 5, 0, 1, 3));
        DailyProgress p1 = store.dailyProgress().findByUserAndDate("ana", ProgressCsvFixture.NOV_25).orElseThrow();
        TaskEntry read = p1.tasks().stream().filter(e -> e.taskId().equals("read")).findFirst().orElseThrow();
        assertThat(read.difficultyRating()).isEqualTo(4);
        TaskEntry wasRead = dayOf(before, "p1").tasks().stream().filter(e -> e.taskId().equals("read")).findFirst()
                .orElseThrow();
        assertThat(read).isEqualTo(new TaskEntry(wasRead.taskId(), wasRead.taskTitle(), wasRead.completed(),
                wasRead.completionTime(), wasRead.notes(), 4, wasRead.satisfactionRating(), wasRead.skipReason(),
                wasRead.obstacles(), wasRead.amount()));
        List<DailyProgress> othersBefore = before.dailyProgress().stream().filter(d -> !d.id().equals("p1")).toList();
        assertThat(store.readAll().dailyProgress()).filteredOn(d -> !d.id().equals("p1"))
                .containsExactlyInAnyOrderElementsOf(othersBefore);
        assertThat(p1.tasks().stream().filter(e -> !e.taskId().equals("read")).toList())
                .isEqualTo(dayOf(before, "p1").tasks().stream().filter(e -> !e.taskId().equals("read")).toList());
    }

    @Test
    void aDayInTheFileReplacesTheStoredDayWholeAndDaysNotInItStay() throws Exception {
        // Only the day's stretch line and a new rating: the read entry goes, the other days stay.
        Path file = Files.writeString(temp.resolve("one-day.csv"), String.join("\r\n",
                String.join(",", ProgressCsv.COLUMNS),
                "ana,2026-11-25,stretch,,true,,,,,,'=done,2,tired,,,,", ""));
        DataSet before = store.readAll();

        CsvImportSummary summary = importer(store).importFile(file, "ana");

        assertThat(summary).isEqualTo(new CsvImportSummary(List.of("ana"), 1, 1, 0, 1, 0));
        DailyProgress p1 = store.dailyProgress().findByUserAndDate("ana", ProgressCsvFixture.NOV_25).orElseThrow();
        DailyProgress was = dayOf(before, "p1");
        assertThat(p1).isEqualTo(new DailyProgress("p1", "ana", ProgressCsvFixture.NOV_25,
                List.of(new TaskEntry("stretch", "Stretch", true, null, "=done", null, null, null, null)), 2, "tired",
                was.checkInTime(), was.createdAt(), null));
        assertThat(store.readAll().dailyProgress()).filteredOn(d -> !d.id().equals("p1"))
                .containsExactlyInAnyOrderElementsOf(before.dailyProgress().stream()
                        .filter(d -> !d.id().equals("p1")).toList());
    }

    @Test
    void withoutAByteOrderMarkAndWithLfLineEndsTheFileReadsTheSame() throws Exception {
        Path first = export(store, "first.csv");
        byte[] bytes = Files.readAllBytes(first);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        // The fixture's notes have bare line feeds only, so every CRLF is a line end.
        Path plain = Files.writeString(temp.resolve("plain.csv"), text.replace("\r\n", "\n"));
        assertThat(Files.readAllBytes(plain)).doesNotContain(0x0D);
        assertThat(Files.readAllBytes(plain)[0]).isEqualTo((byte) 'u');

        importer(store).importFile(plain, null);
        Path bomOnly = temp.resolve("bom-lf.csv");
        Files.write(bomOnly, concat(Arrays.copyOf(bytes, 3), Files.readAllBytes(plain)));
        importer(store).importFile(bomOnly, null);

        assertThat(Files.readAllBytes(export(store, "again.csv"))).isEqualTo(bytes);
    }

    @Test
    void anExportWithoutSomeColumnsIsRefusedNamingThemAsItWouldEmptyThoseFields() throws Exception {
        Path file = Files.writeString(temp.resolve("old.csv"), "\uFEFFuser_id,date,task_id,title,completed,"
                + "completion_time,difficulty,satisfaction,skip_reason,obstacles,notes,day_rating,mood,rest_day\r\n"
                + "bo,2026-11-29,,,,,,,,,,3,fine,TRUE\r\n");
        DataSet before = store.readAll();

        assertThatThrownBy(() -> importer(store).importFile(file, "bo")).isInstanceOf(InvalidImportException.class)
                .hasMessageContaining("line 1: the header has no column amount, unit, day_notes; each day replaces"
                        + " the stored one whole");
        assertThat(store.readAll()).isEqualTo(before);
    }

    private Store open(String folder) throws Exception {
        Store opened = Store.open(DataFolder.open(temp.resolve(folder)), TestData.json());
        stores.add(opened);
        return opened;
    }

    private static CsvExportService exporter(Store store) {
        return new CsvExportService(store, ProgressCsvFixture.CLOCK);
    }

    static CsvImportService importer(Store store) {
        return new CsvImportService(store, ProgressCsvFixture.CLOCK, new ImportService(store, TestData.json()),
                new UserDirectory(store, ProgressCsvFixture.CLOCK));
    }

    private Path export(Store from, String name) throws Exception {
        Path file = temp.resolve(name);
        exporter(from).writeTo(file);
        return file;
    }

    private static DailyProgress dayOf(DataSet data, String id) {
        return data.dailyProgress().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
