package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.TestData;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreCommandTest {
    @TempDir
    Path temp;

    // The seed's figures are an example, not those of its one day: exports and backups carry the day's.
    private static final JsonNode SEED_AS_EXPORTED =
            TestData.seedTreeExportedOn1July(CommandLineRunner.CLOCK.instant());

    private Path data;
    private Path seedFile;
    private Path otherDayFile;
    private CommandLineRunner rune;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data");
        seedFile = temp.resolve("seed.json");
        Files.writeString(seedFile, TestData.seedTree().toPrettyString());
        // The seed with its one day moved: importing both gives two days, restoring the seed leaves one.
        ObjectNode otherDay = TestData.seedTree().deepCopy();
        ((ObjectNode) otherDay.get("daily_progress").get(0)).put("date", "2025-06-29").put("_id", "day-2025-06-29");
        otherDayFile = temp.resolve("other-day.json");
        Files.writeString(otherDayFile, otherDay.toPrettyString());
        rune = new CommandLineRunner(temp.resolve("home"), Map.of());
    }

    private CommandLineRunner.Run inData(String... args) {
        return rune.runIn(data, args);
    }

    private JsonNode exported() throws Exception {
        CommandLineRunner.Run export = inData("export");
        assertThat(export.status()).isEqualTo(ExitStatus.OK);
        return TestData.json().readTree(export.out());
    }

    @Test
    void aBackupOnDemandGoesToTheBackupsFolderAndHoldsEverything() throws Exception {
        inData("import", seedFile.toString());

        CommandLineRunner.Run backup = inData("backup");

        assertThat(backup.status()).isEqualTo(ExitStatus.OK);
        Path written = Path.of(backup.out().strip().replaceFirst("^Backed up to ", "").replaceFirst("\\.$", ""));
        assertThat(written.getParent()).isEqualTo(data.resolve("backups"));
        // Named in the time of the seed's person, who lives in UTC+7: 09:00 UTC is 16:00 for them.
        assertThat(written.getFileName().toString()).matches("rune-2025-07-01-160000(-\\d+)?\\.json");
        assertThat(TestData.json().readTree(written.toFile())).isEqualTo(exported());
    }

    /** A file where the backups folder belongs is said in words, and an import does not go ahead without its backup. */
    @Test
    void aFileInTheBackupsFoldersPlaceIsSaidInWords() throws Exception {
        inData("import", seedFile.toString());
        // The import's own backup made the folder: a file takes its place.
        try (var backups = Files.list(data.resolve("backups"))) {
            for (Path backup : backups.toList()) {
                Files.delete(backup);
            }
        }
        Files.delete(data.resolve("backups"));
        Files.writeString(data.resolve("backups"), "not a folder");
        JsonNode before = exported();

        CommandLineRunner.Run backup = inData("backup");
        CommandLineRunner.Run importing = inData("import", otherDayFile.toString());

        assertThat(backup.status()).isEqualTo(ExitStatus.FAILED);
        assertThat(backup.err().strip()).isEqualTo(data.resolve("backups").toAbsolutePath()
                + ": a file has the backups folder\u2019s name; move it away (or rename it), then try again");
        assertThat(importing.status()).isEqualTo(ExitStatus.FAILED);
        assertThat(importing.err()).contains("so it has not changed anything")
                .contains("a file has the backups folder\u2019s name").doesNotContain("already exists");
        assertThat(exported()).isEqualTo(before);
    }

    @Test
    void aBackupToAFileIsWrittenThere() throws Exception {
        inData("import", seedFile.toString());
        Path chosen = temp.resolve("mine.json");

        assertThat(inData("backup", chosen.toString()).status()).isEqualTo(ExitStatus.OK);

        assertThat(TestData.json().readTree(chosen.toFile())).isEqualTo(SEED_AS_EXPORTED);
    }

    @Test
    void backupsCarryTheFiguresTheDaysGiveAndLeaveTheDataFileAsItIs() throws Exception {
        // An import stores the seed as it is: its figures lag behind its day, as after a Rune ended by a kill
        // after a tick, before the commit that would have carried the tick's figures.
        inData("import", seedFile.toString());

        CommandLineRunner.Run backup = inData("backup");
        Path written = Path.of(backup.out().strip().replaceFirst("^Backed up to ", "").replaceFirst("\\.$", ""));

        assertThat(TestData.json().readTree(written.toFile())).isEqualTo(SEED_AS_EXPORTED);
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            assertThat(store.userAnalytics().findAll()).isEqualTo(TestData.seed().userAnalytics());
        }
    }

    @Test
    void restoreLeavesExactlyTheBackupsDocumentsAndBacksUpWhatWasThere() throws Exception {
        inData("import", seedFile.toString());
        inData("import", otherDayFile.toString());
        JsonNode before = exported();
        assertThat(before.get("daily_progress")).hasSize(2);

        CommandLineRunner.Run restore = inData("restore", seedFile.toString());

        assertThat(restore.status()).as(restore.err()).isEqualTo(ExitStatus.OK);
        assertThat(restore.out()).contains("Restored 5 documents from " + seedFile, "backed up in");
        assertThat(exported()).isEqualTo(SEED_AS_EXPORTED);
        Path preRestore = Path.of(restore.out().replaceAll("(?s).*backed up in (\\S+)\\.\\s*$", "$1"));
        assertThat(TestData.json().readTree(preRestore.toFile())).isEqualTo(before);
    }

    @Test
    void aFaultyBackupChangesNothing() throws Exception {
        inData("import", seedFile.toString());
        JsonNode before = exported();
        List<String> backupsBefore = backups();
        Path faulty = temp.resolve("faulty.json");
        Files.writeString(faulty, TestData.seedTree().toPrettyString().replace("\"2025-06-28\"", "\"June\""));

        CommandLineRunner.Run restore = inData("restore", faulty.toString());

        assertThat(restore.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(restore.err()).contains(faulty.toString(), "nothing was restored", "daily_progress[0].date");
        assertThat(exported()).isEqualTo(before);
        assertThat(backups()).isEqualTo(backupsBefore);
    }

    @Test
    void aDatabaseFileIsNeverOpenedAsABackup() throws Exception {
        inData("import", seedFile.toString());
        Path foreign = temp.resolve("someone-elses.db");
        Files.copy(data.resolve("rune.db"), foreign);

        CommandLineRunner.Run restore = inData("restore", foreign.toString());

        assertThat(restore.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(restore.err()).contains("is a database file, not a backup", "Nothing was restored");
        assertThat(exported()).isEqualTo(SEED_AS_EXPORTED);
    }

    @Test
    void aMissingBackupIsNamed() {
        CommandLineRunner.Run restore = inData("restore", temp.resolve("nowhere.json").toString());

        assertThat(restore.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(restore.err()).contains("nowhere.json: no such file");
        assertThat(restore.err()).doesNotContain("Exception");
    }

    @Test
    void aDamagedDataFileIsLeftAsItIsAndExitsWithFour() throws Exception {
        inData("import", seedFile.toString());
        byte[] damaged = damage(data.resolve("rune.db"));

        CommandLineRunner.Run export = inData("export");

        assertThat(export.status()).isEqualTo(ExitStatus.DATA_FILE_DAMAGED).isEqualTo(4);
        // The way back names the newest backup (the one the import made after itself).
        assertThat(export.err()).contains(data.resolve("rune.db") + " is damaged", "It has been left as it is",
                "rune restore " + data.resolve("backups/rune-2025-07-01-160000.json"), "the newest backup",
                data.resolve("backups").toString());
        assertThat(export.err()).doesNotContain("Exception");
        assertThat(Files.readAllBytes(data.resolve("rune.db"))).isEqualTo(damaged);
        assertThat(inData("users").status()).isEqualTo(4);
    }

    @Test
    void restoreWorksOverADamagedFileAndKeepsItAside() throws Exception {
        inData("import", seedFile.toString());
        Path backup = temp.resolve("backup.json");
        inData("backup", backup.toString());
        byte[] damaged = damage(data.resolve("rune.db"));

        CommandLineRunner.Run restore = inData("restore", backup.toString());

        assertThat(restore.status()).as(restore.err()).isEqualTo(ExitStatus.OK);
        assertThat(restore.out()).contains("was damaged; it was kept as", "Restored 5 documents");
        // Nothing readable was there to back up first.
        assertThat(restore.out()).doesNotContain("backed up in");
        assertThat(exported()).isEqualTo(SEED_AS_EXPORTED);
        List<Path> aside;
        try (Stream<Path> files = Files.list(data)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("rune.db.damaged-")).toList();
        }
        assertThat(aside).hasSize(1);
        assertThat(Files.readAllBytes(aside.get(0))).isEqualTo(damaged);
    }

    @Test
    void anImportIsBackedUpBeforeAndAfter() throws Exception {
        inData("import", seedFile.toString());
        JsonNode afterFirst = exported();
        // Into an empty folder there is nothing to back up first: only the state after the import.
        assertThat(backups()).containsExactly("rune-2025-07-01-160000.json");
        assertThat(TestData.json().readTree(data.resolve("backups/rune-2025-07-01-160000.json").toFile()))
                .isEqualTo(afterFirst);

        inData("import", otherDayFile.toString());

        // The state just before the second import (whatever was made earlier that day), then the state after it.
        assertThat(backups()).containsExactly("rune-2025-07-01-160000-2.json", "rune-2025-07-01-160000-3.json",
                "rune-2025-07-01-160000.json");
        assertThat(TestData.json().readTree(data.resolve("backups/rune-2025-07-01-160000-2.json").toFile()))
                .isEqualTo(afterFirst);
        assertThat(TestData.json().readTree(data.resolve("backups/rune-2025-07-01-160000-3.json").toFile()))
                .isEqualTo(exported());
    }

    @Test
    void anImportThatCannotBackUpFirstImportsNothing() throws Exception {
        inData("import", seedFile.toString());
        JsonNode before = exported();
        // A backups "folder" nothing can be written into (a read-only one is no obstacle to root, who runs CI).
        Path backups = data.resolve("backups");
        try (Stream<Path> files = Files.list(backups)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(backups);
        Files.writeString(backups, "not a folder");

        CommandLineRunner.Run run = inData("import", otherDayFile.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.FAILED);
        assertThat(run.err()).contains("back up").doesNotContain("Exception");
        assertThat(exported()).isEqualTo(before);
    }

    /** Overwrites the file's header: not a Nitrite file any more, and nothing Nitrite can roll back to. */
    private static byte[] damage(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            bytes[i] = (byte) 'x';
        }
        Files.write(file, bytes);
        return bytes;
    }

    private List<String> backups() throws Exception {
        Path folder = data.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
