package app.rune.service.transfer;

import static app.rune.service.transfer.ImportFuzzTest.assertClearRefusal;
import static app.rune.service.transfer.ImportFuzzTest.assertExportReadsBack;
import static app.rune.service.transfer.ImportFuzzTest.byId;
import static app.rune.service.transfer.ImportFuzzTest.readPlainly;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.DataSet;
import app.rune.service.analytics.AnalyticsService;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.support.RealisticData;
import app.rune.support.fuzz.FuzzSettings;
import app.rune.support.fuzz.HostileInputFuzzer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rune restore} given the same thousands of broken files as {@link ImportFuzzTest}, each written to disk
 * and checked by {@link RestoreService#check}: a file that passes is restored into the store, which must then
 * hold exactly the file's documents; a refused one must say why clearly and leave the store as it was.
 * Replay or extend a run with {@code -Drune.fuzz.seed=...}, {@code -Drune.fuzz.count=...} or
 * {@code -Drune.fuzz.case=...}.
 */
class RestoreFuzzTest {
    @TempDir
    Path temp;

    private final ObjectMapper json = TestData.json();
    private Store store;
    private RestoreService restorer;

    @BeforeEach
    void openStoreWithData() throws Exception {
        DataFolder data = DataFolder.open(temp.resolve("data"));
        store = Store.open(data, json);
        Clock clock = Clock.systemUTC();
        BackupService backups = new BackupService(new ExportService(store, json, new AnalyticsService(
                store.dailyProgress(), store.userAnalytics(), store.userPreferences(), store.userGoals(), clock)), data.backupsFolder(),
                clock, () -> ZoneOffset.UTC);
        restorer = new RestoreService(store, backups, json);
        store.upsertAll(RealisticData.generate(7, "stored", 2, 4));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void everyMutatedFileIsRestoredExactlyOrRefusedClearlyWithNothingChanged() throws Exception {
        FuzzSettings settings = FuzzSettings.fromSystemProperties(ImportFuzzTest.DEFAULT_SEED,
                ImportFuzzTest.DEFAULT_COUNT, Path.of("target", "fuzz-failures"));
        Path file = temp.resolve("backup.json");
        AtomicReference<DataSet> checked = new AtomicReference<>();

        HostileInputFuzzer.Summary summary = HostileInputFuzzer.<DataSet>target("restore")
                .operation(content -> {
                    checked.set(null);
                    Files.write(file, content);
                    checked.set(RestoreService.check(json, file));
                    restorer.restore(checked.get());
                })
                .refusedWith(InvalidImportException.class, (refusal, mutation) ->
                        assertClearRefusal((InvalidImportException) refusal, "restored"))
                .state(store::readAll)
                .onSuccess((content, before, after) -> {
                    assertThat(byId(after)).as("the store after restoring the file: exactly the file's documents")
                            .isEqualTo(byId(readPlainly(json, content)))
                            .isEqualTo(byId(checked.get()));
                    assertExportReadsBack(json, after);
                })
                .run(ImportFuzzTest.baseFiles(json), settings);

        System.out.println("restore fuzz: " + summary);
        ImportFuzzTest.assertTriedEnough(settings, summary);
    }
}
