package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.TestData;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rune export --csv FILE} as a person runs it: the seed's progress (its person lives in UTC+7). */
class CsvExportCommandTest {
    @TempDir
    Path temp;

    private Path data;
    private CommandLineRunner rune;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data");
        rune = new CommandLineRunner(temp.resolve("home"), Map.of());
        Path seedFile = Files.writeString(temp.resolve("seed.json"), TestData.seedTree().toPrettyString());
        Path restDay = Files.writeString(temp.resolve("rest-day.json"), """
                {"daily_progress": [{"_id": "rest", "user_id": "user_id", "date": "2025-06-29", "tasks": [],
                  "overall_day_rating": 5, "mood_after_tasks": "rested", "rest_day": true}]}
                """);
        assertThat(inData("import", seedFile.toString()).status()).isEqualTo(ExitStatus.OK);
        assertThat(inData("import", restDay.toString()).status()).isEqualTo(ExitStatus.OK);
    }

    private CommandLineRunner.Run inData(String... args) {
        return rune.runIn(data, args);
    }

    @Test
    void writesEveryTaskEntryAndTheCheckInOnlyDay() throws Exception {
        Path file = temp.resolve("progress.csv");

        CommandLineRunner.Run run = inData("export", "--csv", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().strip())
                .isEqualTo("Exported 2 task entries and 1 day with only a check-in to " + file + ".");
        assertThat(readBack(file)).containsExactly(
                List.of("user_id", "date", "task_id", "title", "completed", "completion_time", "difficulty",
                        "satisfaction", "skip_reason", "obstacles", "notes", "day_rating", "mood", "rest_day", "amount",
                        "unit", "day_notes"),
                List.of("user_id", "2025-06-28", "task_1", "Duolingo practice", "true", "2025-06-28 15:30", "3", "5",
                        "", "", "Completed 3 lessons, felt good!", "4", "motivated", "false", "", "", ""),
                List.of("user_id", "2025-06-28", "task_2", "Vocabulary flashcards", "false", "", "", "",
                        "ran_out_of_time", "work_overtime; tired", "Had to work late, will try tomorrow morning", "4",
                        "motivated", "false", "", "", ""),
                List.of("user_id", "2025-06-29", "", "", "", "", "", "", "", "", "", "5", "rested", "true", "", "", ""));
    }

    @Test
    void aFolderAsTheTargetIsInvalidInputAndNothingIsWritten() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("exports"));

        CommandLineRunner.Run run = inData("export", "--csv", folder.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err().strip()).isEqualTo(folder + ": is a folder, not a file. Nothing was exported.");
        assertThat(run.out()).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aMissingFolderIsInvalidInputAndNoFileAppears() {
        Path file = temp.resolve("no/such/folder/progress.csv");

        CommandLineRunner.Run run = inData("export", "--csv", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err().strip()).hasLineCount(1).contains("there is no folder").doesNotContain("Exception");
        assertThat(temp.resolve("no")).doesNotExist();
    }

    @Test
    void aJsonFileAndACsvFileTogetherAreRefusedBeforeWritingEither() {
        Path json = temp.resolve("all.json");
        Path csv = temp.resolve("progress.csv");

        CommandLineRunner.Run run = inData("export", json.toString(), "--csv", csv.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("not both");
        assertThat(json).doesNotExist();
        assertThat(csv).doesNotExist();
    }

    @Test
    void userLimitsTheCsvToThatPersonsDays() throws Exception {
        Path other = Files.writeString(temp.resolve("bo.json"), """
                {"daily_progress": [{"_id": "bo1", "user_id": "bo", "date": "2025-06-29", "tasks": [],
                  "overall_day_rating": 3, "mood_after_tasks": "fine"}]}
                """);
        assertThat(inData("import", other.toString()).status()).isEqualTo(ExitStatus.OK);
        Path everyone = temp.resolve("everyone.csv");
        Path bo = temp.resolve("bo.csv");

        assertThat(inData("export", "--csv", everyone.toString()).status()).isEqualTo(ExitStatus.OK);
        CommandLineRunner.Run run = inData("export", "--csv", bo.toString(), "--user", "bo");

        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readAllLines(everyone)).anyMatch(l -> l.startsWith("user_id,"))
                .anyMatch(l -> l.startsWith("bo,"));
        List<String> lines = Files.readAllLines(bo);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("bo,2025-06-29,");
    }

    @Test
    void anUnknownUserIsInvalidInputAndNoFileAppears() {
        Path file = temp.resolve("nobody.csv");

        CommandLineRunner.Run run = inData("export", "--csv", file.toString(), "--user", "nobody");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("There is no user \"nobody\"");
        assertThat(file).doesNotExist();
    }

    @Test
    void userWithoutCsvIsRefused() {
        CommandLineRunner.Run run = inData("export", "--user", "user_id");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("--user goes with --csv");
    }

    @Test
    void csvNeedsAFileName() {
        CommandLineRunner.Run run = inData("export", "--csv");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(run.err()).contains("--csv");
    }

    @Test
    void helpDescribesTheCsvForm() {
        assertThat(rune.run("export", "--help").out()).contains("--csv=FILE", "daily progress");
    }

    /** The rows after the byte-order mark, the header first. */
    private static List<List<String>> readBack(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            return rows.readAll();
        }
    }
}
