package app.rune.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.DataSet;
import app.rune.model.validation.Problem;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits that keep a hostile import file from using up memory or the stack: each is refused with a
 * message that names the limit and says where, before much is read, and nothing is stored.
 */
class ImportLimitsTest {
    private static final String DAY = "{\"_id\": \"d1\", \"user_id\": \"ana\", \"date\": \"2025-07-01\", \"tasks\": [%s]}";
    private static final String ENTRY = "{\"task_id\": \"t1\", \"task_title\": \"Run\", \"completed\": true, \"notes\": %s}";

    @TempDir
    Path temp;

    private final ObjectMapper json = TestData.json();
    private Store store;
    private ImportService importer;
    private DataSet before;

    @BeforeEach
    void openStoreWithTheSeed() throws Exception {
        store = Store.open(DataFolder.open(temp.resolve("data")), json);
        importer = new ImportService(store, json);
        importer.importContent("seed.json", json.writeValueAsBytes(TestData.seedTree()));
        before = store.readAll();
    }

    @AfterEach
    void nothingChangedAndClose() {
        assertThat(store.readAll()).isEqualTo(before);
        store.close();
    }

    @Test
    void aFileJustOverTheLimitIsRefusedWithoutReadingIt() throws Exception {
        Path file = temp.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ImportReader.MAX_FILE_BYTES + 1); // sparse: takes no space and no time to write
        }

        long started = System.nanoTime();
        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(InvalidImportException.class)
                .hasMessage(file + ": is 67,108,865 bytes; Rune imports and restores files of at most 64 MiB"
                        + " (67,108,864 bytes)."
                        + " Nothing was read. Nothing was imported.");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aRestoreRefusesAFileOverTheLimitTheSameWay() throws Exception {
        Path file = temp.resolve("huge-backup.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ImportReader.MAX_FILE_BYTES + 1);
        }

        long started = System.nanoTime();
        assertThatThrownBy(() -> RestoreService.check(json, file))
                .isInstanceOf(InvalidImportException.class)
                .hasMessage(file + ": is 67,108,865 bytes; Rune imports and restores files of at most 64 MiB"
                        + " (67,108,864 bytes)."
                        + " Nothing was read. Nothing was restored.");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndJudgedByWhatItSays() throws Exception {
        Path file = temp.resolve("limit.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ImportReader.MAX_FILE_BYTES); // 64 MiB of NUL bytes: read, then refused as not JSON
        }

        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(InvalidImportException.class)
                .hasMessageStartingWith(file + ": not valid JSON (line 1, column ")
                .hasMessageNotContaining("MiB");
    }

    @Test
    void contentOverTheLimitIsRefusedBeforeItIsParsed() {
        byte[] content = new byte[(int) ImportReader.MAX_FILE_BYTES + 1];

        assertThatThrownBy(() -> importer.importContent("pasted", content))
                .isInstanceOf(InvalidImportException.class)
                .hasMessageContaining("pasted: is 67,108,865 bytes; Rune imports and restores files of at most 64 MiB");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFileWhoseSizeSaysNothingIsStillReadOnlyUpToTheLimit() {
        // A file of /proc reports size 0 and holds more: reading must stop one byte after the limit.
        assertThatThrownBy(() -> ImportReader.readFile(Path.of("/proc/self/maps"), 100))
                .isInstanceOf(InvalidImportException.class)
                .hasMessage("/proc/self/maps: is larger than 100 bytes; Rune imports and restores files of at most"
                        + " 100 bytes."
                        + " Nothing was read. Nothing was imported.");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aDeviceIsRefusedWithoutReadingIt() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> importer.importFile(Path.of("/dev/zero")))
                .isInstanceOf(InvalidImportException.class)
                .hasMessage("/dev/zero: is not a regular file (it is a device, a pipe or a socket); Rune imports and"
                        + " restores only files. Nothing was read. Nothing was imported.");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = temp.resolve("pipe.json");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<?> read = reader.submit(() -> RestoreService.check(json, pipe));
            Throwable refusal;
            try {
                read.get(10, TimeUnit.SECONDS);
                refusal = null;
            } catch (ExecutionException e) {
                refusal = e.getCause();
            } catch (TimeoutException e) {
                // Still waiting for a writer: give it one (and an end) so the thread can finish, then fail.
                try (var writer = Files.newOutputStream(pipe)) {
                    writer.write('{');
                }
                throw new AssertionError("reading a named pipe waited for a writer");
            }
            assertThat(refusal).isInstanceOf(InvalidImportException.class)
                    .hasMessage(pipe + ": is not a regular file (it is a device, a pipe or a socket); Rune imports"
                            + " and restores only files. Nothing was read. Nothing was restored.");
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void listsNestedTooDeeplyAreRefusedWhereTheyStart() {
        String deep = "[".repeat(ImportReader.MAX_NESTING_DEPTH) + "]".repeat(ImportReader.MAX_NESTING_DEPTH);
        String file = "{\"daily_progress\": [" + DAY.formatted(ENTRY.formatted(deep)) + "]}";

        Problem problem = onlyProblem(file);

        assertThat(problem.path()).startsWith("daily_progress[0].tasks[0].notes[0][0][0]").endsWith("levels deep)");
        assertThat(problem.message()).startsWith("lists and objects are nested more than 64 deep (line 1, column ");
    }

    @Test
    void nestingUpToTheLimitIsOnlyAWrongValue() {
        // 64 levels in all: the file's object, daily_progress, the day, tasks, the entry and 59 lists.
        String deep = "[".repeat(ImportReader.MAX_NESTING_DEPTH - 5) + "]".repeat(ImportReader.MAX_NESTING_DEPTH - 5);
        String file = "{\"daily_progress\": [" + DAY.formatted(ENTRY.formatted(deep)) + "]}";

        assertThat(onlyProblem(file)).hasToString("daily_progress[0].tasks[0].notes: expected text, got a list");
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedNamingTheLimit() {
        String text = "\"" + "a".repeat(ImportReader.MAX_TEXT_LENGTH + 1) + "\"";
        String file = "{\"daily_progress\": [" + DAY.formatted(ENTRY.formatted(text)) + "]}";

        Problem problem = onlyProblem(file);

        assertThat(problem.path()).isEqualTo("daily_progress[0].tasks[0].notes");
        assertThat(problem.message()).startsWith("a text value is longer than 1,048,576 characters (line 1, column");
    }

    @Test
    void aTextOfExactlyTheLimitIsImported() throws Exception {
        String text = "\"" + "a".repeat(ImportReader.MAX_TEXT_LENGTH) + "\"";
        String file = "{\"daily_progress\": [" + DAY.formatted(ENTRY.formatted(text)) + "]}";

        ImportService.Summary summary = importer.importContent("long-note.json", file.getBytes(StandardCharsets.UTF_8));

        assertThat(summary.added()).isOne();
        before = store.readAll();
        assertThat(before.dailyProgress()).anySatisfy(day -> assertThat(day.tasks()).singleElement()
                .satisfies(entry -> assertThat(entry.notes()).hasSize(ImportReader.MAX_TEXT_LENGTH)));
    }

    @Test
    void aFieldNameLongerThanTheLimitIsRefusedWhereItIs() {
        String name = "k".repeat(ImportReader.MAX_NAME_LENGTH + 1);
        String file = "{\"user_analytics\": [{\"_id\": \"ana\", \"common_obstacles\": {\"" + name + "\": 1}}]}";

        Problem problem = onlyProblem(file);

        assertThat(problem).hasToString("user_analytics[0].common_obstacles." + "k".repeat(60)
                + "...(1001 characters): is 1,001 characters long; a name may have at most 1,000");
    }

    @Test
    void aNameIsCountedInCharactersNotInTheBytesThatHoldThem() throws Exception {
        // 1,000 characters of two bytes each: the parser sees 2,000 bytes, but the name is within the limit.
        String name = "\u00e9".repeat(ImportReader.MAX_NAME_LENGTH);
        String file = "{\"user_analytics\": [{\"_id\": \"ana\", \"common_obstacles\": {\"" + name + "\": 1}}]}";

        importer.importContent("accents.json", file.getBytes(StandardCharsets.UTF_8));

        before = store.readAll();
        assertThat(before.userAnalytics()).filteredOn(a -> a.id().equals("ana")).singleElement()
                .satisfies(a -> assertThat(a.commonObstacles()).containsOnlyKeys("\u00e9".repeat(1000)));
    }

    @Test
    void theProblemPathOfAFieldNameTooLongToReadNamesItAndNotTheKeyBeforeIt() {
        String name = "\\u00e9" + "k".repeat(5 * ImportReader.MAX_NAME_LENGTH);
        String file = "{\"user_analytics\": [{\"_id\": \"ana\", \"common_obstacles\": {\"tired\": 2,\n  \"" + name
                + "\": 1}}]}";

        Problem problem = onlyProblem(file);

        assertThat(problem.path()).isEqualTo("user_analytics[0].common_obstacles.\u00e9" + "k".repeat(59)
                + "...(5001 characters)");
        assertThat(problem.message()).startsWith("a field name is longer than 1,000 characters (line 2, column");
    }

    @Test
    void aNumberLongerThanTheLimitIsRefused() {
        String file = "{\"user_preferences\": [{\"_id\": \"ana\", \"goal_patterns\": {\"max_daily_tasks\": "
                + "9".repeat(ImportReader.MAX_NUMBER_LENGTH + 1) + "}}]}";

        Problem problem = onlyProblem(file);

        assertThat(problem.path()).isEqualTo("user_preferences[0].goal_patterns.max_daily_tasks");
        assertThat(problem.message()).startsWith("a number is longer than 100 characters (line 1, column");
    }

    /** Digits past the text limit fill the parser's buffer before its number limit is looked at: still a number. */
    @Test
    void aNumberLongerThanTheTextLimitIsStillCalledANumber() {
        String digits = "7".repeat(ImportReader.MAX_TEXT_LENGTH + 10);
        String whole = "{\"user_preferences\": [{\"_id\": \"ana\", \"goal_patterns\": {\"max_daily_tasks\": " + digits
                + "}}]}";
        String fraction = "{\"user_preferences\": [{\"_id\": \"ana\", \"goal_patterns\": {\"max_daily_tasks\": 0."
                + digits + "}}]}";
        String text = "{\"user_preferences\": [{\"_id\": \"ana\", \"motivation_type\": \"" + digits + "\"}]}";

        assertThat(onlyProblem(whole).message()).startsWith("a number is longer than 100 characters (line 1, column");
        assertThat(onlyProblem(fraction).message()).startsWith("a number is longer than 100 characters");
        assertThat(onlyProblem(text).message()).startsWith("a text value is longer than 1,048,576 characters");
    }

    @Test
    void aFileOfMillionsOfTinyValuesIsRefusedByTheirCount() {
        // 16 MB, far under the size limit, but as a tree it would take gigabytes.
        String file = "{\"user_analytics\": [" + "0,".repeat((int) ImportReader.MAX_TOKENS) + "0]}";

        long started = System.nanoTime();
        Problem problem = onlyProblem(file);

        assertThat(problem.message()).startsWith("the file holds more than 8,000,000 values, brackets and names (line 1,");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aFileWithAProblemInEveryDocumentListsTheFirstHundred() {
        String file = "{\"user_analytics\": [" + "{\"_id\": \"\"},".repeat(100_000) + "{\"_id\": \"\"}]}";

        InvalidImportException refusal = (InvalidImportException) Assertions.catchThrowable(
                () -> importer.importContent("many.json", file.getBytes(StandardCharsets.UTF_8)));

        assertThat(refusal.problems()).hasSize(ImportReader.MAX_LISTED_PROBLEMS)
                .first().hasToString("user_analytics[0]._id: must not be empty");
        assertThat(refusal.getMessage()).startsWith("many.json: more than 100 problems, nothing was imported;"
                + " checking stopped after these:");
    }

    @Test
    void aDuplicatedKeyIsRefusedRatherThanTheLastOneWinning() {
        Problem problem = onlyProblem("{\"user_preferences\": [{\"_id\": \"ana\", \"_id\": \"bo\"}]}");

        assertThat(problem).hasToString("user_preferences[0]._id: duplicate field '_id' (line 1, column 43):"
                + " a field may appear only once in an object");
    }

    @Test
    void namesAndValuesThatWouldGarbleATerminalAreShownEscaped() {
        Problem problem = onlyProblem("{\"user_preferences\": [{\"_id\": \"ana\", \"\\u202Eevil\\u0007\": 1}]}");

        assertThat(problem.path()).isEqualTo("user_preferences[0].\\u202Eevil\\u0007");
    }

    private Problem onlyProblem(String file) {
        try {
            importer.importContent("bad.json", file.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidImportException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("imported: " + file.substring(0, Math.min(200, file.length())));
    }
}
