package app.rune.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.StreakRecords;
import app.rune.model.TaskEntry;
import app.rune.model.TaskTrend;
import app.rune.model.UserAnalytics;
import app.rune.service.analytics.AnalyticsService;
import app.rune.service.user.NewUserDefaults;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export (and so every backup) carries figures that are current with the days it carries, whatever the stored
 * {@code user_analytics} say: after a tick the figures are saved with the next commit, and a Rune ended before
 * that commit leaves them a tick behind. The export reads; it never writes.
 */
class ExportServiceTest {
    // 12:00 UTC on 3 July is 19:00 on 3 July for Ana, who lives in UTC+7.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-03T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = TestData.json();

    @TempDir
    Path temp;

    private Store store;
    private ExportService exporter;

    private static TaskEntry done(String task, String at, Integer difficulty) {
        return new TaskEntry(task, task, true, Instant.parse(at), null, difficulty, null, null, List.of());
    }

    private static TaskEntry skipped(String task, String... obstacles) {
        return new TaskEntry(task, task, false, null, null, null, null, "other", List.of(obstacles));
    }

    private static DailyProgress day(String user, String date, TaskEntry... entries) {
        return new DailyProgress(user + "-" + date, user, LocalDate.parse(date), List.of(entries), null, null, null,
                null, null);
    }

    /** Ana's figures after her first two days, as stored on the evening of the second. */
    private static UserAnalytics afterTwoDays() {
        return new UserAnalytics("ana", 0.5, 0.75, new StreakRecords(2, 2, LocalDate.of(2025, 7, 1)),
                Map.of("rain", 1), List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)),
                Map.of("t1", new TaskTrend(2.5, 1.0), "t2", new TaskTrend(4.0, 0.5)),
                Instant.parse("2025-07-02T13:00:00Z"));
    }

    /** Her figures after all three days, counted by hand (see the days below), as of {@code lastUpdated}. */
    private static UserAnalytics afterThreeDays(Instant lastUpdated) {
        Map<String, Integer> obstacles = new LinkedHashMap<>();
        obstacles.put("rain", 2);
        obstacles.put("family", 1);
        // Every task done on 1 of 3 days; 2, 1 and 1 of 2 tasks done: (1 + 0.5 + 0.5) / 3. Three days in a row
        // with something done. Completions at 08:00 three times and at 20:00 once, her time. t1 rated 2 and 3
        // and done 3 times of 3; t2 rated 4 and done once of 3.
        return new UserAnalytics("ana", 1.0 / 3, 2.0 / 3, new StreakRecords(3, 3, LocalDate.of(2025, 7, 1)),
                obstacles, List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)),
                Map.of("t1", new TaskTrend(2.5, 1.0), "t2", new TaskTrend(4.0, 1.0 / 3)), lastUpdated);
    }

    private static ExportService exporterOf(Store store) {
        return new ExportService(store, JSON, new AnalyticsService(store.dailyProgress(), store.userAnalytics(),
                store.userPreferences(), store.userGoals(), CLOCK));
    }

    @BeforeEach
    void open() throws Exception {
        store = Store.open(DataFolder.open(temp.resolve("data")), JSON);
        exporter = exporterOf(store);
        store.userPreferences().save(NewUserDefaults.preferences("ana", ZoneId.of("UTC+7")));
        store.dailyProgress().save(day("ana", "2025-07-01", done("t1", "2025-07-01T01:00:00Z", 2),
                done("t2", "2025-07-01T01:30:00Z", 4)));
        store.dailyProgress().save(day("ana", "2025-07-02", done("t1", "2025-07-02T13:00:00Z", 3),
                skipped("t2", "rain")));
        // The tick of this morning; Rune was ended before the commit that would have carried its figures.
        store.dailyProgress().save(day("ana", "2025-07-03", done("t1", "2025-07-03T01:00:00Z", null),
                skipped("t2", "rain", "family")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void staleStoredFiguresAreExportedAsTheDaysGiveThemAndTheStoreIsLeftAsItWas() throws Exception {
        store.userAnalytics().save(afterTwoDays());
        DataSet stored = store.readAll();

        DataSet exported = exporter.exportAll();

        assertThat(exported.userAnalytics()).containsExactly(afterThreeDays(CLOCK.instant()));
        assertThat(exported.dailyProgress()).isEqualTo(stored.dailyProgress());
        assertThat(exported.userPreferences()).isEqualTo(stored.userPreferences());
        assertThat(store.readAll()).as("an export writes nothing").isEqualTo(stored);
    }

    @Test
    void theFileAndStandardOutputCarryTheCurrentFiguresToo() throws Exception {
        store.userAnalytics().save(afterTwoDays());
        Path file = temp.resolve("export.json");
        StringWriter out = new StringWriter();

        exporter.writeTo(file);
        exporter.writeTo(out);

        assertThat(JSON.readValue(file.toFile(), DataSet.class).userAnalytics())
                .containsExactly(afterThreeDays(CLOCK.instant()));
        assertThat(JSON.readValue(out.toString(), DataSet.class).userAnalytics())
                .containsExactly(afterThreeDays(CLOCK.instant()));
    }

    @Test
    void currentStoredFiguresAreExportedUnchanged() throws Exception {
        // Stored at the last tick, an hour ago: the same figures, so the document stays as it is, its time too.
        UserAnalytics current = afterThreeDays(Instant.parse("2025-07-03T11:00:00Z"));
        store.userAnalytics().save(current);

        assertThat(exporter.exportAll()).isEqualTo(store.readAll());
        assertThat(exporter.exportAll().userAnalytics()).containsExactly(current);
    }

    @Test
    void noFiguresAreAddedForSomeoneWhoHasNone() throws Exception {
        store.userAnalytics().save(afterTwoDays());
        store.dailyProgress().save(day("bo", "2025-07-03", done("t9", "2025-07-03T10:00:00Z", 1)));

        DataSet exported = exporter.exportAll();

        assertThat(exported.userAnalytics()).extracting(UserAnalytics::id).containsExactly("ana");
        assertThat(exported.size()).isEqualTo(store.readAll().size());
    }

    @Test
    void theExportImportsBackUnchanged() throws Exception {
        store.userAnalytics().save(afterTwoDays());
        Path file = temp.resolve("export.json");
        exporter.writeTo(file);

        try (Store other = Store.open(DataFolder.open(temp.resolve("other")), JSON)) {
            new ImportService(other, JSON).importFile(file);
            Path again = temp.resolve("again.json");
            exporterOf(other).writeTo(again);

            assertThat(other.readAll().userAnalytics()).containsExactly(afterThreeDays(CLOCK.instant()));
            assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
        }
    }

    /**
     * The daily backup's export, written as it reads one document at a time, is the same file, byte for byte, as the
     * export of everything read whole: stale figures brought up to date, someone without figures, people whose ids
     * sort either side of another's, everyone's goals and conversation.
     */
    @Test
    void writtenAsReadItIsTheSameFileByteForByte() throws Exception {
        store.userAnalytics().save(afterTwoDays());
        DataSet seed = TestData.seed();
        store.upsertAll(seed);
        store.dailyProgress().save(day("bo", "2025-07-03", done("t9", "2025-07-03T10:00:00Z", 1)));
        store.dailyProgress().save(day("an", "2025-06-30", skipped("t8", "work")));
        store.userPreferences().save(NewUserDefaults.preferences("bo", ZoneId.of("America/Lima")));
        Path whole = temp.resolve("whole.json");
        Path asRead = temp.resolve("as-read.json");

        exporter.writeTo(whole);
        exporter.writeAsRead(asRead);

        assertThat(Files.readString(asRead)).isEqualTo(Files.readString(whole));
        DataSet written = JSON.readValue(asRead.toFile(), DataSet.class);
        assertThat(written.userAnalytics()).contains(afterThreeDays(CLOCK.instant()));
        assertThat(written.dailyProgress()).hasSize(seed.dailyProgress().size() + 5);
    }

    /** A read that fails part way (a damaged file, say) leaves no file behind, not half of one. */
    @Test
    void writtenAsReadAFailedReadLeavesNoFile() throws Exception {
        store.userAnalytics().save(afterTwoDays());
        Path asRead = temp.resolve("as-read.json");
        store.close();

        assertThatThrownBy(() -> exporter.writeAsRead(asRead)).isInstanceOf(RuntimeException.class);
        assertThat(asRead).doesNotExist();
        assertThat(Files.list(temp).map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.endsWith(".part"));
        store = Store.open(DataFolder.open(temp.resolve("data")), JSON);
    }
}
