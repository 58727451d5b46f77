package app.rune.cli;

import app.rune.ExitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {
    @TempDir
    Path temp;

    private Path data;
    private Path seedFile;
    private CommandLineRunner rune;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data");
        seedFile = temp.resolve("seed.json");
        Files.writeString(seedFile, TestData.seedTree().toPrettyString());
        rune = new CommandLineRunner(temp.resolve("home"), Map.of());
    }

    private CommandLineRunner.Run inData(String... args) {
        return rune.runIn(data, args);
    }

    @Test
    void importThenExportGivesBackTheSeedDocumentsWithTheFiguresItsDayGives() throws Exception {
        CommandLineRunner.Run imported = inData("import", seedFile.toString());

        assertThat(imported.status()).isEqualTo(ExitStatus.OK);
        assertThat(imported.out()).contains("Imported 5 documents", "5 new, 0 replaced");
        CommandLineRunner.Run exported = inData("export");
        assertThat(exported.status()).isEqualTo(ExitStatus.OK);
        JsonNode tree = TestData.json().readTree(exported.out());
        // The import stored the seed's figures as they are (an example, behind its one day, as figures are after
        // a Rune ended by a kill after a tick); the export writes the ones the day gives, and writes nothing.
        assertThat(tree).isEqualTo(TestData.seedTreeExportedOn1July(CommandLineRunner.CLOCK.instant()));
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            assertThat(store.readAll()).isEqualTo(TestData.seed());
        }
    }

    @Test
    void figuresThatAreCurrentAreExportedAsStored() throws Exception {
        // The seed with the figures its day gives, worked out an hour ago: current, so exported as they are.
        ObjectNode current = (ObjectNode) TestData.seedTreeExportedOn1July(Instant.parse("2025-07-01T08:00:00Z"));
        Path currentFile = Files.writeString(temp.resolve("current.json"), current.toPrettyString());
        inData("import", currentFile.toString());

        assertThat(TestData.json().readTree(inData("export").out())).isEqualTo(current);
    }

    @Test
    void anExportImportedIntoAnotherFolderExportsIdentically() throws Exception {
        inData("import", seedFile.toString());
        Path exportFile = temp.resolve("backup.json");
        assertThat(inData("export", exportFile.toString()).status()).isEqualTo(ExitStatus.OK);

        Path other = temp.resolve("other");
        CommandLineRunner.Run imported = rune.run("--data-dir", other.toString(), "import", exportFile.toString());
        CommandLineRunner.Run again = rune.run("--data-dir", other.toString(), "export");

        assertThat(imported.status()).isEqualTo(ExitStatus.OK);
        assertThat(again.out().strip()).isEqualTo(Files.readString(exportFile).strip());
    }

    @Test
    void importingTheSameFileTwiceReplacesInsteadOfDuplicating() {
        inData("import", seedFile.toString());
        CommandLineRunner.Run second = inData("import", seedFile.toString());

        assertThat(second.out()).contains("0 new, 5 replaced");
        assertThat(inData("users").out()).isEqualTo("user_id" + System.lineSeparator());
    }

    @Test
    void exportOfAnEmptyFolderHasAllFiveCollections() throws Exception {
        JsonNode tree = TestData.json().readTree(inData("export").out());

        assertThat(tree.fieldNames()).toIterable().containsExactly("user_goals", "daily_progress",
                "user_preferences", "user_analytics", "conversation_context");
        tree.forEach(collection -> assertThat(collection.isEmpty()).isTrue());
    }

    @Test
    void usersListsEveryUserOnce() throws Exception {
        inData("import", seedFile.toString());
        Path more = temp.resolve("more.json");
        Files.writeString(more, """
                {"daily_progress": [{"_id": "p1", "user_id": "bo", "date": "2025-07-01", "tasks": []}],
                 "user_preferences": [{"_id": "ana"}]}
                """);
        inData("import", more.toString());

        assertThat(inData("users").out().lines()).containsExactly("ana", "bo", "user_id");
    }

    @Test
    void dataFolderComesFromTheEnvironmentVariableWhenNotGiven() {
        CommandLineRunner withEnv = new CommandLineRunner(temp.resolve("home"),
                Map.of("RUNE_DATA_DIR", data.toString()));
        withEnv.run("import", seedFile.toString());

        assertThat(inData("users").out()).contains("user_id");
    }

    @Test
    void withoutACommandTheDesktopAppOpensOnTheDataFolder() {
        CommandLineRunner.Run run = rune.run("--data-dir", data.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(rune.desktopOpened()).isEqualTo(1);
        assertThat(rune.desktopFolder()).isEqualTo(data.toAbsolutePath());
    }

    @Test
    void commandsDoNotOpenTheDesktopApp() {
        inData("users");
        inData("export");

        assertThat(rune.desktopOpened()).isZero();
    }

    @Test
    void versionAndHelpWorkEverywhere() {
        assertThat(rune.run("--version").out()).startsWith("Rune ");
        for (String command : new String[] {"import", "export", "users"}) {
            CommandLineRunner.Run help = rune.run(command, "--help");
            assertThat(help.status()).isEqualTo(ExitStatus.OK);
            assertThat(help.out()).contains("Usage: rune " + command, "--data-dir");
        }
        assertThat(rune.run("--help").out()).contains("import", "export", "users", "Exit status");
    }

    @Test
    void unknownCommandsAndMissingArgumentsAreInvalidInput() {
        CommandLineRunner.Run unknown = rune.run("frobnicate");
        CommandLineRunner.Run missing = inData("import");

        assertThat(unknown.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(unknown.err()).contains("Unmatched argument", "frobnicate");
        assertThat(missing.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(missing.err()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void exportToAFolderThatDoesNotExistFailsWithAClearLine() {
        CommandLineRunner.Run run = inData("export", temp.resolve("no/such/folder/out.json").toString());

        assertThat(run.status()).isEqualTo(ExitStatus.FAILED);
        assertThat(run.err().strip()).contains("no/such/folder does not exist").doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void aDamagedDataFileIsReportedWithTheWayBackAndLeftAsItWas() throws Exception {
        Files.createDirectories(data);
        byte[] damaged = "garbage that is not a database ".repeat(200).getBytes();
        Files.write(data.resolve("rune.db"), damaged);

        CommandLineRunner.Run run = inData("users");

        assertThat(run.status()).isEqualTo(ExitStatus.DATA_FILE_DAMAGED);
        assertThat(run.err().strip()).hasLineCount(2).contains("rune.db is damaged: it cannot be read as a Rune data file")
                .contains("It has been left as it is").contains("rune restore FILE").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(data.resolve("rune.db"))).isEqualTo(damaged);
        assertThat(Files.readString(data.resolve("rune.log"))).contains("Cannot open");
    }

    @Test
    void aDataFolderThatIsAFileIsSaidSoWithoutPointingAtALogThatCannotExist() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        CommandLineRunner.Run run = rune.runIn(file, "users");

        assertThat(run.status()).isEqualTo(ExitStatus.FAILED);
        assertThat(run.err().strip()).hasLineCount(1).contains(file.toAbsolutePath() + " is a file, not a folder")
                .doesNotContain("rune.log", "Exception");
    }
}
