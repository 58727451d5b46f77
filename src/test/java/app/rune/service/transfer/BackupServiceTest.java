package app.rune.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.DataSet;
import app.rune.service.analytics.AnalyticsService;
import app.rune.service.user.UserDirectory;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.support.MovingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    @TempDir
    Path temp;

    private final MovingClock clock = new MovingClock(Instant.parse("2025-07-01T08:30:00Z"));
    private Store store;
    private BackupService backups;
    private Path folder;

    @BeforeEach
    void open() throws Exception {
        DataFolder data = DataFolder.open(temp.resolve("data"));
        store = Store.open(data, TestData.json());
        store.upsertAll(TestData.seed());
        folder = data.backupsFolder();
        AnalyticsService analytics = new AnalyticsService(store.dailyProgress(), store.userAnalytics(),
                store.userPreferences(), store.userGoals(), clock);
        backups = new BackupService(new ExportService(store, TestData.json(), analytics), folder, clock,
                new UserDirectory(store, clock)::sharedZone);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theDailyBackupIsTheExportAndIsMadeOnceADay() throws Exception {
        Path first = backups.daily().orElseThrow();

        assertThat(first).isEqualTo(folder.resolve("rune-2025-07-01.json"));
        // The export: every document, with the figures the days give (the seed's own are only an example), and
        // the data file left as it was.
        assertThat(TestData.json().readTree(first.toFile())).isEqualTo(TestData.seedTreeExportedOn1July(clock.now));
        assertThat(store.readAll()).isEqualTo(TestData.seed());

        // 08:30 UTC is 15:30 for the seed's person (UTC+7); their day ends at 17:00 UTC.
        clock.advance(Duration.ofHours(8));
        assertThat(backups.daily()).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(backups.daily()).contains(folder.resolve("rune-2025-07-02.json"));
        assertThat(names()).containsExactly("rune-2025-07-01.json", "rune-2025-07-02.json");
    }

    @Test
    void backupNamesAndTheDailyBackupsDayFollowThePersonsZoneNotTheComputers() throws Exception {
        // The seed's one person lives in UTC+7 (the computer here is on UTC): 20:00 UTC on 1 July is 03:00 on
        // 2 July for them, and their 2 July lasts until 17:00 UTC.
        clock.now = Instant.parse("2025-07-01T20:00:00Z");

        assertThat(backups.now()).isEqualTo(folder.resolve("rune-2025-07-02-030000.json"));
        assertThat(backups.daily()).contains(folder.resolve("rune-2025-07-02.json"));
        clock.now = Instant.parse("2025-07-02T16:59:59Z");
        assertThat(backups.daily()).as("still their 2 July").isEmpty();
        clock.now = Instant.parse("2025-07-02T17:00:00Z");
        assertThat(backups.daily()).contains(folder.resolve("rune-2025-07-03.json"));
        assertThat(backups.zone()).isEqualTo(ZoneOffset.ofHours(7));
    }

    @Test
    void backupsOnDemandNeverOverwriteEachOther() throws Exception {
        Path first = backups.now();
        Path second = backups.now();
        Path third = backups.now();

        assertThat(List.of(first, second, third)).extracting(p -> p.getFileName().toString()).containsExactly(
                "rune-2025-07-01-153000.json", "rune-2025-07-01-153000-2.json", "rune-2025-07-01-153000-3.json");
        assertThat(backups.list()).extracting(BackupFile::file).containsExactly(third, second, first);
        assertThat(backups.newest()).map(BackupFile::file).contains(third);
        // An on-demand backup does not stand in for the day's own.
        assertThat(backups.daily()).isPresent();
    }

    @Test
    void aYearOfDailyBackupsKeepsTheNewestFourteenAndOnePerMonthForSixMonths() throws Exception {
        // Without figures: figures recomputed as of each day would make the backups differ in size, and the
        // largest one is kept by a rule of its own (tested below), not by date.
        store.replaceAll(new DataSet(TestData.seed().userGoals(), TestData.seed().dailyProgress(),
                TestData.seed().userPreferences(), List.of(), TestData.seed().conversationContext()));
        LocalDate day = LocalDate.of(2025, 1, 1);
        clock.now = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
        LocalDate last = LocalDate.of(2025, 12, 20);
        while (!day.isAfter(last)) {
            backups.daily();
            clock.advance(Duration.ofDays(1));
            day = day.plusDays(1);
        }

        List<String> expected = new ArrayList<>();
        for (LocalDate d = last.minusDays(13); !d.isAfter(last); d = d.plusDays(1)) {
            expected.add("rune-" + d + ".json");
        }
        // The newest of each of the last six months (December's is among the newest 14 already).
        for (YearMonth month = YearMonth.of(2025, 7); month.isBefore(YearMonth.of(2025, 12)); month = month.plusMonths(1)) {
            expected.add("rune-" + month.atEndOfMonth() + ".json");
        }
        assertThat(names()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(names()).hasSize(14 + 5);
    }

    @Test
    void anEmptyStoreMakesNoDailyBackupButTheStateBeforeAChangeIsKept() throws Exception {
        Path before = backups.beforeChange().orElseThrow();
        assertThat(TestData.json().readTree(before.toFile())).isEqualTo(TestData.seedTreeExportedOn1July(clock.now));

        store.replaceAll(DataSet.empty());

        assertThat(backups.daily()).isEmpty();
        assertThat(backups.beforeChange()).isEmpty();
        assertThat(names()).containsExactly(before.getFileName().toString());
    }

    @Test
    void aRunOfEmptyBackupsNeverPushesOutOnesWithDocuments() throws Exception {
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            good.add(backups.daily().orElseThrow().getFileName().toString());
            clock.advance(Duration.ofDays(1));
        }
        store.replaceAll(DataSet.empty());
        for (int i = 0; i < 30; i++) {
            backups.now();
            clock.advance(Duration.ofDays(1));
        }

        // The empty ones made since are not backups worth a place: none of them is kept once older ones hold data.
        assertThat(names()).containsAll(good);
    }

    @Test
    void theLargestBackupIsKeptWhateverComesAfterIt() throws Exception {
        Path largest = backups.daily().orElseThrow();
        DataSet smaller = new DataSet(TestData.seed().userGoals(), List.of(), List.of(), List.of(), List.of());
        store.replaceAll(smaller);
        for (int i = 0; i < 60; i++) {
            clock.advance(Duration.ofDays(1));
            backups.daily();
        }

        assertThat(backups.list()).extracting(BackupFile::file).contains(largest);
        assertThat(backups.list()).hasSize(14 + 1 + 1);
    }

    @Test
    void pruningLeavesFilesThatAreNotBackupsAlone() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Files.writeString(folder.resolve("rune-before-the-move.json"), "{}");
        Files.writeString(folder.resolve("rune.db.schema-1-2025-01-01-000000"), "copy");
        for (int i = 0; i < 40; i++) {
            backups.daily();
            clock.advance(Duration.ofDays(1));
        }

        assertThat(names()).contains("notes.txt", "rune-before-the-move.json", "rune.db.schema-1-2025-01-01-000000");
        // July 1 to August 9: the newest 14 hold both months' newest already.
        assertThat(backups.list()).hasSize(14);
    }

    @Test
    void aBackupLeavesNoTemporaryFileBehind() throws Exception {
        backups.daily();
        backups.now();

        assertThat(names()).allMatch(name -> name.startsWith("rune-") && name.endsWith(".json"));
    }

    @Test
    void aBackupToAChosenFileIsNeitherListedNorPruned() throws Exception {
        Path chosen = temp.resolve("elsewhere").resolve("mine.json");
        Files.createDirectories(chosen.getParent());

        backups.to(chosen);

        assertThat(TestData.json().readTree(chosen.toFile())).isEqualTo(TestData.seedTreeExportedOn1July(clock.now));
        assertThat(backups.list()).isEmpty();
    }

    @Test
    void backupsAreFoundWithoutAnOpenStore() throws Exception {
        backups.daily();

        assertThat(BackupService.in(folder)).extracting(BackupFile::daily).containsExactly(true);
        assertThat(BackupService.in(temp.resolve("nowhere"))).isEmpty();
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** What a Rune killed while writing a backup left is removed at the next backup, once clearly abandoned. */
    @Test
    void unfinishedBackupsOfAKilledRuneAreRemovedOnceClearlyAbandoned() throws Exception {
        Files.createDirectories(folder);
        Path abandoned = Files.writeString(folder.resolve(".rune-2025-06-30.json1234567.part"), "{\"user_goals\" : [");
        Files.setLastModifiedTime(abandoned, FileTime.from(clock.now.minus(Duration.ofHours(20))));
        Path writing = Files.writeString(folder.resolve(".rune-2025-07-01-083000.json89.part"), "{");
        Files.setLastModifiedTime(writing, FileTime.from(clock.now.minus(Duration.ofMinutes(1))));
        Path notOurs = Files.writeString(folder.resolve(".notes.part"), "mine");
        Files.setLastModifiedTime(notOurs, FileTime.from(clock.now.minus(Duration.ofDays(30))));

        backups.daily();

        assertThat(abandoned).doesNotExist();
        assertThat(writing).as("maybe still being written").exists();
        assertThat(notOurs).as("not a backup's").exists();
    }
}
