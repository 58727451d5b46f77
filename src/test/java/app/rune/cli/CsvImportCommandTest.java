package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rune import --from csv FILE} as a person runs it: the seed's progress exported, edited or not, and brought
 * back; a file with a mistake refused with where it is, status 2, and the data as it was.
 */
class CsvImportCommandTest {
    @TempDir
    Path temp;

    private Path data;
    private CommandLineRunner rune;
    private Path exported;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data");
        rune = new CommandLineRunner(temp.resolve("home"), Map.of());
        Path seedFile = Files.writeString(temp.resolve("seed.json"), TestData.seedTree().toPrettyString());
        Path restDay = Files.writeString(temp.resolve("rest-day.json"), """
                {"daily_progress": [{"_id": "rest", "user_id": "user_id", "date": "2025-06-29", "tasks": [],
                  "overall_day_rating": 5, "mood_after_tasks": "rested", "rest_day": true,
                  "day_notes": "=quiet, \\"really\\"\\nday"}]}
                """);
        assertThat(inData("import", seedFile.toString()).status()).isEqualTo(ExitStatus.OK);
        assertThat(inData("import", restDay.toString()).status()).isEqualTo(ExitStatus.OK);
        exported = export("progress.csv");
    }

    private CommandLineRunner.Run inData(String... args) {
        return rune.runIn(data, args);
    }

    private Path export(String name) {
        Path file = temp.resolve(name);
        CommandLineRunner.Run run = inData("export", "--csv", file.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        return file;
    }

    @Test
    void anUneditedFileWritesNothingAndAnEditedDayIsTheOneReplaced() throws Exception {
        List<Path> backupsBefore = backups();

        CommandLineRunner.Run same = inData("import", "--from", "csv", exported.toString());

        assertThat(same.status()).isEqualTo(ExitStatus.OK);
        assertThat(backups()).as("no backup around an import that changes nothing").isEqualTo(backupsBefore);

        String text = Files.readString(exported);
        Files.writeString(exported, text.replace(",4,motivated,", ",5,motivated,"));
        CommandLineRunner.Run edited = inData("import", "--from", "csv", exported.toString());

        assertThat(edited.out().strip()).isEqualTo("Imported 2 days (3 rows) for user_id from " + exported
                + " (0 new, 1 replaced, 1 unchanged).");
    }

    private List<Path> backups() throws java.io.IOException {
        try (var files = Files.list(data.resolve("backups"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void anExportComesBackAndExportsToTheSameBytes() throws Exception {
        CommandLineRunner.Run run = inData("import", "--from", "csv", exported.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out().strip()).isEqualTo("Nothing to import: the 2 days (3 rows) for user_id in " + exported
                + " are as stored.");
        assertThat(Files.readAllBytes(export("again.csv"))).isEqualTo(Files.readAllBytes(exported));
    }

    @Test
    void anEditedFileIsWhatTheNextExportWrites() throws Exception {
        String text = Files.readString(exported);
        // Inside the quoted cell, as a spreadsheet would save it: quotes doubled, a line break kept.
        String edited = text.replace("Completed 3 lessons, felt good!", "Completed 4 lessons, \"\"great\"\"\nday")
                .replace(",2025-06-28 15:30,3,5,", ",2025-06-28 15:30,2,5,");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(exported, edited);

        CommandLineRunner.Run run = inData("import", "--from", "csv", exported.toString(), "--user", "user_id");

        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readString(export("again.csv"))).isEqualTo(edited);
    }

    @Test
    void aMistakeIsRefusedWithFileLineAndColumnStatus2AndNothingChanges() throws Exception {
        byte[] before = Files.readAllBytes(exported);
        Path edited = Files.writeString(temp.resolve("edited.csv"),
                Files.readString(exported).replace(",2025-06-28 15:30,3,5,", ",2025-06-28 15:30,x\u001B[2J,5,"));

        CommandLineRunner.Run run = inData("import", "--from", "csv", edited.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo(edited + ": line 2, column difficulty: \"x\\u001B[2J\" is not a rating"
                + " from 1 to 5. Nothing was imported.");
        assertThat(Files.readAllBytes(export("after.csv"))).isEqualTo(before);
    }

    @Test
    void anotherUsersLineIsRefusedWithUser() throws Exception {
        Path edited = Files.writeString(temp.resolve("edited.csv"),
                Files.readString(exported).replace("\r\nuser_id,2025-06-29,", "\r\nbo,2025-06-29,"));

        CommandLineRunner.Run run = inData("import", "--from", "csv", edited.toString(), "--user", "user_id");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err().strip()).isEqualTo(edited + ": line 4, column user_id: \"bo\" is not \"user_id\"; with"
                + " --user user_id every line must be theirs. Nothing was imported.");
    }

    @Test
    void anUnknownUserIsRefusedWithTheKnownOnes() {
        CommandLineRunner.Run run = inData("import", "--from", "csv", exported.toString(), "--user", "nobody");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err().strip()).isEqualTo("There is no user \"nobody\" in " + data.toAbsolutePath()
                + ". Users: user_id.");
    }

    @Test
    void userStillDoesNotGoWithJson() {
        CommandLineRunner.Run run = inData("import", exported.toString(), "--user", "user_id");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("--user goes with --from loop or --from csv");
    }

    @Test
    void helpDescribesTheCsvForm() {
        assertThat(rune.run("import", "--help").out()).contains("--from csv", "rune export --csv");
    }
}
