package app.rune.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.rune.TestData;
import app.rune.model.CommunicationStyle;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.TargetKind;
import app.rune.model.TaskEntry;
import app.rune.model.TaskTarget;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV as a spreadsheet would read it: every file is parsed back with Jackson's CSV reader and compared cell by
 * cell, and the raw bytes are checked for what a reader cannot show (the byte-order mark, CRLF, the quoting).
 */
class CsvExportServiceTest {
    private static final String HEADER = "user_id,date,task_id,title,completed,completion_time,difficulty,"
            + "satisfaction,skip_reason,obstacles,notes,day_rating,mood,rest_day,amount,unit,day_notes";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String NOTE = "café, \"très\"\nbien 🎉";

    @TempDir
    Path temp;

    private Store store;
    private CsvExportService exporter;

    @BeforeEach
    void setUp() throws Exception {
        store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json());
        // The computer's zone is UTC: bo, who has no preference, gets it; ana lives in Bangkok (UTC+7).
        exporter = new CsvExportService(store, Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));

        store.userPreferences().save(new UserPreferences("ana",
                new CommunicationStyle(null, null, null, null, new UserTimeZone("Asia/Bangkok")), null, null));
        // Priorities put "Stretch" before "Read", the reverse of the order the entries were recorded in.
        store.userGoals().save(new UserGoals("ana",
                new LongTermGoal("Calmer evenings", null, null, GoalStatus.ACTIVE, null, null),
                List.of(new DailyTask("read", "Read, \"slowly\" 📚", null, null, 20, 2, null, null,
                                new TaskTarget(new BigDecimal("20"), "pages", TargetKind.AT_LEAST), null),
                        new DailyTask("stretch", "Stretch", null, null, 10, 1, null)),
                null, null));
        store.dailyProgress().save(new DailyProgress("p1", "ana", LocalDate.of(2026, 11, 25), List.of(
                // 17:05 UTC on the 25th is five past midnight on the 26th in Bangkok.
                new TaskEntry("read", "Read", true, Instant.parse("2026-11-25T17:05:00Z"), NOTE, 3, 5, null, null,
                        new BigDecimal("25.5")),
                new TaskEntry("stretch", "Stretch", false, null, "=SUM(A1)", null, null, "-too tired",
                        List.of("work, late", "@home"))),
                4, "+hopeful", Instant.parse("2026-11-25T14:00:00Z"), null, null));
        store.dailyProgress().save(new DailyProgress("p2", "ana", LocalDate.of(2026, 11, 26), List.of(),
                5, "calm", Instant.parse("2026-11-26T13:00:00Z"), null, true));
        // A day opened on the Today screen and left alone: nothing to export.
        store.dailyProgress().save(new DailyProgress("p3", "ana", LocalDate.of(2026, 11, 27), List.of(),
                null, null, null, Instant.parse("2026-11-27T02:00:00Z"), null));
        // bo has no goal any more, so the title recorded that day is the one there is.
        store.dailyProgress().save(new DailyProgress("p4", "bo", LocalDate.of(2026, 11, 25), List.of(
                new TaskEntry("walk", "Walk 5 km", true, Instant.parse("2026-11-25T23:59:30Z"), null, 2, 4, null,
                        null)),
                null, null, null, null, null));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void everyFieldReadsBackAsRecordedOnThePersonsClock() throws Exception {
        Path file = temp.resolve("progress.csv");

        CsvExportService.Summary summary = exporter.writeTo(file);

        assertThat(summary).isEqualTo(new CsvExportService.Summary(3, 1));
        assertThat(readBack(file)).containsExactly(
                List.of(HEADER.split(",")),
                List.of("ana", "2026-11-25", "stretch", "Stretch", "false", "", "", "", "'-too tired",
                        "work, late; @home", "'=SUM(A1)", "4", "'+hopeful", "false", "", "", ""),
                List.of("ana", "2026-11-25", "read", "Read, \"slowly\" 📚", "true", "2026-11-26 00:05", "3", "5", "",
                        "", NOTE, "4", "'+hopeful", "false", "25.5", "pages", ""),
                List.of("ana", "2026-11-26", "", "", "", "", "", "", "", "", "", "5", "calm", "true", "", "", ""),
                List.of("bo", "2026-11-25", "walk", "Walk 5 km", "true", "2026-11-25 23:59", "2", "4", "", "", "",
                        "", "", "false", "", "", ""));
    }

    @Test
    void theFileIsUtf8WithAByteOrderMarkCrlfLineEndsAndRfc4180Quoting() throws Exception {
        Path file = temp.resolve("progress.csv");

        exporter.writeTo(file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(HEADER + "\r\n").endsWith("false,,,\r\n");
        // Five lines, each ended by CRLF; the only bare line feed is the one inside the quoted note.
        assertThat(text.split("\r\n", -1)).hasSize(6);
        assertThat(text.replace("\r\n", "")).containsOnlyOnce("\n");
        // Quotes doubled, and fields with a comma, quote or line break (only those) in quotes.
        assertThat(text).contains(",\"café, \"\"très\"\"\nbien 🎉\",")
                .contains(",\"Read, \"\"slowly\"\" 📚\",")
                .contains(",\"work, late; @home\",")
                .contains(",false,25.5,pages,\r\n")
                .contains("\r\nbo,2026-11-25,walk,Walk 5 km,true,2026-11-25 23:59,2,4,,,,,,false,,,\r\n");
    }

    @Test
    void onePersonsExportHasOnlyTheirRows() throws Exception {
        Path file = temp.resolve("bo.csv");

        CsvExportService.Summary summary = exporter.writeTo(file, "bo");

        assertThat(summary).isEqualTo(new CsvExportService.Summary(1, 0));
        List<List<String>> rows = readBack(file);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("bo", "2026-11-25", "walk");
        assertThat(exporter.rows("ana")).extracting(ProgressRow::userId).containsOnly("ana").hasSize(3);
    }

    @Test
    void anExportWithNoProgressStillHasTheHeader() throws Exception {
        Path file = temp.resolve("nobody.csv");

        CsvExportService.Summary summary = exporter.writeTo(file, "nobody");

        assertThat(summary.rows()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(concat(BOM, (HEADER + "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anExistingFileIsReplacedAndNoTemporaryFileStaysBehind() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("out"));
        Path file = folder.resolve("progress.csv");
        Files.writeString(file, "an older export that is longer than nothing at all ".repeat(100));

        exporter.writeTo(file, "bo");

        assertThat(readBack(file)).hasSize(2);
        try (var names = Files.list(folder)) {
            assertThat(names).containsExactly(file);
        }
    }

    @Test
    void aFolderIsNoTargetAndIsLeftAlone() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("exports"));

        assertThatThrownBy(() -> exporter.writeTo(folder))
                .isInstanceOf(InvalidExportTargetException.class)
                .hasMessage(folder + ": is a folder, not a file. Nothing was exported.");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsCreated() {
        Path file = temp.resolve("no/such/folder/progress.csv");

        assertThatThrownBy(() -> exporter.writeTo(file))
                .isInstanceOf(InvalidExportTargetException.class)
                .hasMessageContaining("there is no folder " + file.getParent());
        assertThat(temp.resolve("no")).doesNotExist();
    }

    @Test
    void aFileInPlaceOfTheFolderIsNamed() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> exporter.writeTo(notAFolder.resolve("progress.csv")))
                .isInstanceOf(InvalidExportTargetException.class)
                .hasMessageContaining(notAFolder + " is a file, not a folder");
        assertThat(notAFolder).hasContent("keep me");
    }

    @Test
    void aFolderRuneMayNotWriteInIsAnInvalidTargetAndStaysEmpty() throws Exception {
        Path locked = Files.createDirectory(temp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(locked)).as("permissions are not enforced for this user (root?)").isFalse();

            assertThatThrownBy(() -> exporter.writeTo(locked.resolve("progress.csv")))
                    .isInstanceOf(InvalidExportTargetException.class)
                    .hasMessageContaining("permission denied");
            assertThat(locked).isEmptyDirectory();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Every line of the file after the byte-order mark, the header included, as cells. */
    private static List<List<String>> readBack(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<List<String>> lines = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            return lines.readAll();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
