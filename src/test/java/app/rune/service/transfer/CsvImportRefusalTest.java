package app.rune.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.DataSet;
import app.rune.service.user.UserChoiceException;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A progress CSV that cannot be imported as it is: each mistake is named with the file, the line and the column,
 * in words rather than a library's, and nothing is stored. The export's lines: 1 the header, 2 ana's stretch on
 * 25 November, 3-4 her reading (a note with a line break), 5 her check-in on the 26th, 6-8 her journal on the
 * 27th, 9 bo's walk.
 */
class CsvImportRefusalTest {
    @TempDir
    Path temp;

    private Store store;
    private Path file;
    private DataSet before;

    @BeforeEach
    void setUp() throws Exception {
        store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json());
        ProgressCsvFixture.saveAll(store);
        file = temp.resolve("progress.csv");
        new CsvExportService(store, ProgressCsvFixture.CLOCK).writeTo(file);
        before = store.readAll();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake(t -> replace(t, ",true,2026-11-26 00:05,3,5,", ",true,2026-11-26 00:05,x,5,"),
                        "line 3, column difficulty: \"x\" is not a rating from 1 to 5"),
                mistake(t -> replace(t, ",'=SUM(A1),4,'+hopeful,false,,,", ",'=SUM(A1),4,'+hopeful,false,2,,"),
                        "line 2, column amount: task \"stretch\" is a yes/no task and has no amount"),
                mistake(t -> replace(t, ",4,'+hopeful,false,25.5,pages,", ",4,tired,false,25.5,pages,"),
                        "line 3, column mood: \"tired\" differs from \"+hopeful\" on line 2; the day's mood is the"
                                + " same on each of its lines"),
                mistake(t -> replace(t, ",false,25.5,pages,", ",false,-3,pages,"),
                        "line 3, column amount: -3 is below 0"),
                mistake(t -> replace(t, ",false,25.5,pages,", ",false,25.50,km,"),
                        "line 3, column unit: \"km\" is not the unit of task \"read\", \"pages\"; a task's unit is set"
                                + " in its goal"),
                mistake(t -> replace(t, "\r\nana,2026-11-26,", "\r\nana,26/11/2026,"),
                        "line 5, column date: \"26/11/2026\" is not a date such as 2026-11-25 (year-month-day)"),
                mistake(t -> replace(t, "\r\nana,2026-11-26,,,,,,,,,", "\r\nana,2026-11-26,,,,,,,,,more"),
                        "line 5, column notes: a line without a task_id holds the day's check-in only; fill in"
                                + " task_id or empty this cell"),
                mistake(t -> replace(t, ",Stretch,false,,", ",Stretch,,,"),
                        "line 2, column completed: is empty; a task entry is completed true or false"),
                mistake(t -> replace(t, ",2026-11-26 00:05,", ",2026-11-26 24:05,"),
                        "line 3, column completion_time: \"2026-11-26 24:05\" is not a date and time such as"
                                + " 2026-11-25 19:05"),
                mistake(t -> replace(t, ",Stretch,false,,", ",Stretch,\u001B[31mno,,"),
                        "line 2, column completed: \"\\u001B[31mno\" is not true or false"),
                mistake(t -> replace(t, "\r\nbo,", "\r\ncy,"),
                        "line 9, column user_id: there is no user \"cy\" in " + "%DATA%" + "; its users are ana, bo"),
                mistake(t -> replace(t, ",notes,", ",remarks,"),
                        "line 1, column 11: \"remarks\" is not a column of Rune's progress export (user_id, date,"
                                + " task_id, title, completed, completion_time, difficulty, satisfaction, skip_reason,"
                                + " obstacles, notes, day_rating, mood, rest_day, amount, unit, day_notes)"),
                mistake(t -> replace(t, "user_id,date,", "date,"),
                        "line 1: the header has no column user_id; each day replaces the stored one whole, so every"
                                + " column of Rune's export must be there (export again, edit, and keep the columns)"),
                mistake(t -> replace(t, "\r\nbo,2026-11-25,walk,", "\r\nbo,2099-11-25,walk,"),
                        "line 9, column date: 2099-11-25 is in the future; only today and earlier days can be filled"
                                + " in (today is 2026-12-01)"),
                mistake(t -> replace(t, "\r\nbo,2026-11-25,walk,", "\r\nbo,2026-11-25,wlak,"),
                        "line 9, column task_id: \"wlak\" is not a task of \"bo\"'s goals, nor recorded that day"),
                mistake(t -> replace(t, "\r\nbo,2026-11-25,walk,", "\r\nbo,2026-11-25,"),
                        "line 9: has 16 cells; the header (line 1) has 17"),
                mistake(t -> t + "bo,2026-11-30,walk,\"Walk\r\n",
                        "line 10: cannot be read as CSV (a quote that is never closed, say)"));
    }

    private static Arguments mistake(UnaryOperator<String> edit, String message) {
        return Arguments.of(edit, message);
    }

    /** {@code text} with {@code from} replaced once; the test fails if the export no longer has it. */
    private static String replace(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void aMistakeIsNamedWithFileLineAndColumnAndNothingIsStored(UnaryOperator<String> edit, String message)
            throws Exception {
        Files.writeString(file, edit.apply(Files.readString(file)));

        assertThatThrownBy(() -> CsvImportServiceTest.importer(store).importFile(file, null))
                .isInstanceOf(InvalidImportException.class)
                .hasMessage(file + ": " + message.replace("%DATA%", temp.resolve("data").toString())
                        + ". Nothing was imported.");
        assertThat(store.readAll()).isEqualTo(before);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws Exception {
        // "Walk 5 kém" as Windows-1252 would write it: é is the single byte E9, never alone in UTF-8.
        String text = Files.readString(file);
        int at = text.getBytes(StandardCharsets.UTF_8).length - ",,,,false,,,\r\n".length() - "later".length();
        byte[] bytes = Files.readAllBytes(file);
        bytes[at] = (byte) 0xE9;
        Files.write(file, bytes);

        assertThatThrownBy(() -> CsvImportServiceTest.importer(store).importFile(file, null))
                .isInstanceOf(InvalidImportException.class)
                .hasMessage(file + ": line 9: holds bytes that are not UTF-8 text; save the file as \"CSV UTF-8\" and"
                        + " import it again. Nothing was imported.");
        assertThat(store.readAll()).isEqualTo(before);
    }

    @Test
    void withUserEveryLineMustBeTheirs() {
        assertThatThrownBy(() -> CsvImportServiceTest.importer(store).importFile(file, "ana"))
                .isInstanceOf(InvalidImportException.class)
                .hasMessage(file + ": line 9, column user_id: \"bo\" is not \"ana\"; with --user ana every line must be"
                        + " theirs. Nothing was imported.");
        assertThat(store.readAll()).isEqualTo(before);
    }

    @Test
    void anUnknownUserAskedForIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> CsvImportServiceTest.importer(store).importFile(file, "cy"))
                .isInstanceOf(UserChoiceException.class)
                .hasMessageContaining("There is no user \"cy\"").hasMessageEndingWith("Users: ana, bo.");
    }

    @Test
    void everyMistakeInTheFileIsListedAtOnce() throws Exception {
        String text = replace(Files.readString(file), ",true,2026-11-26 00:05,3,5,", ",true,2026-11-26 00:05,3,9,");
        Files.writeString(file, replace(text, "\r\nbo,2026-11-25,", "\r\nbo,2026-11-31,"));

        assertThatThrownBy(() -> CsvImportServiceTest.importer(store).importFile(file, null))
                .isInstanceOf(InvalidImportException.class)
                .hasMessage(file + ": 2 problems, nothing was imported:" + System.lineSeparator()
                        + "  line 3, column satisfaction: \"9\" is not a rating from 1 to 5" + System.lineSeparator()
                        + "  line 9, column date: \"2026-11-31\" is not a date such as 2026-11-25 (year-month-day)");
        assertThat(store.readAll()).isEqualTo(before);
    }

    @Test
    void aTaskTwiceOnOneDayIsRefusedAtItsSecondLine() throws Exception {
        String text = Files.readString(file);
        int stretch = text.indexOf("ana,2026-11-25,stretch,");
        String line = text.substring(stretch, text.indexOf("\r\n", stretch) + 2);
        Files.writeString(file, text.replace(line, line + line));

        assertThatThrownBy(() -> CsvImportServiceTest.importer(store).importFile(file, null))
                .isInstanceOf(InvalidImportException.class)
                .hasMessage(file + ": line 3, column task_id: \"stretch\" appears more than once on this day."
                        + " Nothing was imported.");
    }
}
