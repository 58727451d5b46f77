package app.rune.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.RuneSession;
import app.rune.TestData;
import app.rune.model.DataSet;
import app.rune.service.transfer.loop.LoopFixture;
import app.rune.support.MovingClock;
import app.rune.ui.common.Background;
import app.rune.ui.common.DateText;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataViewModelTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("app.rune.ui.messages");

    @TempDir
    Path temp;

    private final MovingClock clock = new MovingClock(Instant.parse("2025-07-01T09:00:00Z"));
    private final List<String> replaced = new ArrayList<>();
    private RuneSession session;
    private DataViewModel viewModel;
    private Path seedFile;

    @BeforeEach
    void setUp() throws Exception {
        session = RuneSession.open(temp.resolve("data"), clock);
        viewModel = new DataViewModel(new DataViewModel.Services(session.backups(), session.restorer(),
                session.importer(), session.loopImporter(), session.csvImporter(), session.exporter(), session.csvExporter()), "ana",
                Background.DIRECT, TEXT, clock, replaced::add);
        seedFile = temp.resolve("seed.json");
        Files.writeString(seedFile, TestData.seedTree().toPrettyString());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void aDaysBackupThatFailedIsSaidInWordsUntilABackupIsMade() throws Exception {
        session.importer().importFile(seedFile);
        Path backups = session.store().folder().backupsFolder();
        deleteTree(backups);
        Files.writeString(backups, "in the way");

        assertThatThrownBy(() -> session.backups().daily()).isInstanceOf(java.io.IOException.class);
        viewModel.load();

        assertThat(viewModel.missedBackupProperty().get()).isEqualTo("Today\u2019s backup could not be made: a file"
                + " has the backups folder\u2019s name; move it away (or rename it), then try again. Your data itself is"
                + " safe; Back up now tries again.");

        Files.delete(backups);
        viewModel.backUpNow();

        assertThat(viewModel.missedBackupProperty().get()).as("a backup was made since").isEmpty();
        assertThat(viewModel.lastBackupProperty().get()).startsWith("Newest backup: today");
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void withoutABackupItSaysSoAndBackUpNowMakesOne() {
        viewModel.load();
        assertThat(viewModel.lastBackupProperty().get()).startsWith("No backup yet");

        viewModel.backUpNow();

        assertThat(viewModel.statusProperty().get())
                .isEqualTo("Backed up to " + session.store().folder().backupsFolder().resolve("rune-2025-07-01-090000.json")
                        + ".");
        assertThat(viewModel.lastBackupProperty().get())
                .isEqualTo("Newest backup: today, 09:00 (rune-2025-07-01-090000.json)");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void anOlderBackupIsNamedByItsDay() throws Exception {
        // An empty folder makes no daily backup: something to back up first.
        session.store().upsertAll(TestData.seed());
        session.backups().daily();
        clock.advance(Duration.ofDays(1));
        viewModel.load();
        assertThat(viewModel.lastBackupProperty().get()).isEqualTo("Newest backup: yesterday (rune-2025-07-01.json)");
        clock.advance(Duration.ofDays(5));
        viewModel.load();
        assertThat(viewModel.lastBackupProperty().get())
                .isEqualTo("Newest backup: " + DateText.ofDefaultLocale().day(LocalDate.of(2025, 7, 1))
                        + " (rune-2025-07-01.json)");
    }

    @Test
    void theNewestBackupIsNamedAndShownInThePersonsTime() throws Exception {
        // The seed's one person lives in UTC+7 (the computer here is on UTC): 20:00 UTC on 1 July is 03:00 on
        // 2 July for them, and their 2 July ends at 17:00 UTC.
        session.store().upsertAll(TestData.seed());
        clock.now = Instant.parse("2025-07-01T20:00:00Z");

        viewModel.backUpNow();

        assertThat(viewModel.lastBackupProperty().get())
                .isEqualTo("Newest backup: today, 03:00 (rune-2025-07-02-030000.json)");
        clock.now = Instant.parse("2025-07-02T16:59:00Z");
        viewModel.load();
        assertThat(viewModel.lastBackupProperty().get()).startsWith("Newest backup: today, 03:00");
        clock.now = Instant.parse("2025-07-02T17:00:00Z");
        viewModel.load();
        assertThat(viewModel.lastBackupProperty().get()).startsWith("Newest backup: yesterday, 03:00");
    }

    @Test
    void importAddsTheFileAndRebuildsTheScreens() {
        viewModel.importFile(seedFile);

        assertThat(session.store().readAll()).isEqualTo(TestData.seed());
        assertThat(viewModel.statusProperty().get()).startsWith("Imported 5 documents from seed.json: 5 new, 0 replaced");
        assertThat(replaced).containsExactly(viewModel.statusProperty().get());
    }

    @Test
    void aRestoreIsCheckedThenConfirmedThenLeavesExactlyTheBackup() throws Exception {
        ObjectNode otherDay = TestData.seedTree().deepCopy();
        ((ObjectNode) otherDay.get("daily_progress").get(0)).put("date", "2025-06-29").put("_id", "other");
        Path other = temp.resolve("other.json");
        Files.writeString(other, otherDay.toString());
        session.importer().importFile(seedFile);
        session.importer().importFile(other);
        DataSet before = session.store().readAll();
        assertThat(before.dailyProgress()).hasSize(2);
        // A backup carries the figures the days give, which the stored ones (the seed's example) are not.
        DataSet beforeAsExported = session.exporter().exportAll();
        assertThat(beforeAsExported.userAnalytics()).isNotEqualTo(before.userAnalytics());

        viewModel.checkRestore(seedFile);

        DataViewModel.RestorePlan plan = viewModel.pendingRestoreProperty().get();
        assertThat(plan.file()).isEqualTo(seedFile);
        assertThat(plan.question()).contains("seed.json holds: 1 goals documents and 1 days of progress",
                session.store().folder().backupsFolder().toString());
        assertThat(session.store().readAll()).as("nothing changes before the person confirms").isEqualTo(before);

        viewModel.confirmRestore();

        assertThat(session.store().readAll()).isEqualTo(TestData.seed());
        assertThat(viewModel.pendingRestoreProperty().get()).isNull();
        assertThat(viewModel.statusProperty().get()).startsWith("Restored 5 documents from seed.json. "
                + "What was there before is backed up in ");
        assertThat(replaced).containsExactly(viewModel.statusProperty().get());
        Path backup = session.backups().newest().orElseThrow().file();
        assertThat(TestData.json().readValue(backup.toFile(), DataSet.class)).isEqualTo(beforeAsExported);
    }

    @Test
    void aCancelledRestoreChangesNothing() throws Exception {
        session.importer().importFile(seedFile);
        viewModel.checkRestore(seedFile);

        viewModel.cancelRestore();
        viewModel.confirmRestore();

        assertThat(viewModel.pendingRestoreProperty().get()).isNull();
        assertThat(replaced).isEmpty();
    }

    @Test
    void aFaultyBackupIsExplainedAndNothingChanges() throws Exception {
        session.importer().importFile(seedFile);
        DataSet before = session.store().readAll();
        Path faulty = temp.resolve("faulty.json");
        Files.writeString(faulty, "{\"user_goals\": [", StandardCharsets.UTF_8);

        viewModel.checkRestore(faulty);

        assertThat(viewModel.pendingRestoreProperty().get()).isNull();
        assertThat(viewModel.errorProperty().get()).contains("faulty.json", "not valid JSON", "Nothing was restored");
        assertThat(viewModel.statusProperty().get()).isEmpty();
        assertThat(session.store().readAll()).isEqualTo(before);
        assertThat(replaced).isEmpty();
    }

    @Test
    void exportsWriteJsonAndCsv() throws Exception {
        session.importer().importFile(seedFile);
        Path json = temp.resolve("out.json");
        Path csv = temp.resolve("out.csv");

        viewModel.exportJson(json);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Exported 5 documents to " + json + ".");
        // With the figures the seed's one day gives (its own are only an example); the data file keeps its own.
        assertThat(TestData.json().readTree(json.toFile())).isEqualTo(TestData.seedTreeExportedOn1July(clock.now));
        assertThat(session.store().readAll()).isEqualTo(TestData.seed());

        viewModel.exportCsv(csv);
        assertThat(viewModel.statusProperty().get()).startsWith("Exported 2 rows to " + csv);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("Duolingo practice", "Vocabulary flashcards");
    }

    @Test
    void anExportToAFolderThatIsNotThereIsExplained() {
        Path nowhere = temp.resolve("missing").resolve("out.csv");

        viewModel.exportCsv(nowhere);

        assertThat(viewModel.errorProperty().get()).contains(nowhere.getParent().toString());
        assertThat(Files.exists(nowhere)).isFalse();
    }

    @Test
    void aLoopBackupPastTheDailyLimitSaysSoBeforeTheYes() throws Exception {
        Path backup = temp.resolve("Loop Habits Backup 2025-06-28 101500.db");
        LoopFixture.backup(backup, 25, List.of(LoopFixture.Habit.yesNo(1, "Meditate", 1, 1),
                LoopFixture.Habit.yesNo(2, "Stretch", 1, 1), LoopFixture.Habit.yesNo(3, "Journal", 1, 1),
                LoopFixture.Habit.yesNo(4, "Walk", 1, 1)), List.of());

        viewModel.importFile(backup);

        assertThat(viewModel.pendingLoopImportProperty().get().preview()).contains("With it, your goals make 4 tasks"
                + " on " + java.time.DayOfWeek.MONDAY.getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.getDefault()) + "s; your daily limit is 3.");
    }

    @Test
    void aLoopBackupIsShownFirstAndStoredOnlyAfterYes() throws Exception {
        Path backup = temp.resolve("Loop Habits Backup 2025-06-28 101500.db");
        LoopFixture.backup(backup, 25, LoopFixture.sampleHabits(), LoopFixture.sampleValues(LocalDate.of(2025, 6, 1)));

        viewModel.importFile(backup);

        DataViewModel.LoopPlan plan = viewModel.pendingLoopImportProperty().get();
        assertThat(plan.title()).isEqualTo("Import 4 habits from Loop Habit Tracker?");
        assertThat(plan.preview()).contains("Meditate \u2192 Every day\n")
                .contains("Read, \"slowly\" \u2192 3 times a week\n")
                .contains("Читать книги \u2192 3 times a week (Loop: 2/5, rounded) (archived)\n")
                .contains("5 days from ").contains(": 5 done, 3 not done, 1 skipped, 6 notes.")
                .contains("\u201cHabits from Loop\u201d").doesNotContain("daily limit");
        assertThat(session.store().readAll().size()).isZero();

        viewModel.confirmLoopImport();

        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.statusProperty().get())
                .isEqualTo("Imported 4 habits and 5 days from " + backup.getFileName()
                        + ". What was there before is in today\u2019s backup.");
        assertThat(replaced).containsExactly(viewModel.statusProperty().get());
        assertThat(session.store().userGoals().findById("ana")).isPresent();
        assertThat(session.store().dailyProgress().findByUser("ana")).hasSize(5);
    }

    @Test
    void aLoopImportSaidNoToStoresNothingAndABrokenOneSaysWhere() throws Exception {
        Path backup = temp.resolve("loop.db");
        LoopFixture.backup(backup, 25, LoopFixture.sampleHabits(), LoopFixture.sampleValues(LocalDate.of(2025, 6, 1)));
        viewModel.importFile(backup);

        viewModel.cancelLoopImport();

        assertThat(viewModel.pendingLoopImportProperty().get()).isNull();
        assertThat(session.store().readAll().size()).isZero();
        Path broken = temp.resolve("broken.zip");
        Files.writeString(broken, "PK\u0003\u0004 not really a zip");
        viewModel.importFile(broken);
        assertThat(viewModel.pendingLoopImportProperty().get()).isNull();
        assertThat(viewModel.errorProperty().get()).isEqualTo(broken + ": is not a zip file that can be read (it is"
                + " damaged or cut short). Nothing was imported.");
    }

    @Test
    void thePersonsProgressCsvComesBackAsItWent() throws Exception {
        Path backup = temp.resolve("loop.db");
        LoopFixture.backup(backup, 25, LoopFixture.sampleHabits(), LoopFixture.sampleValues(LocalDate.of(2025, 6, 1)));
        session.loopImporter().importFile(backup, "ana", "ana");
        Path csv = temp.resolve("progress.csv");
        viewModel.exportCsv(csv);
        List<?> before = session.store().dailyProgress().findByUser("ana");

        viewModel.importFile(csv);

        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.statusProperty().get())
                .isEqualTo("Nothing to import: all 5 days in progress.csv are as stored already.");
        assertThat(replaced).as("nothing was written, so the window is not rebuilt").isEmpty();
        assertThat(session.store().dailyProgress().findByUser("ana")).isEqualTo(before);
    }
}
