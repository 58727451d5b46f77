package app.rune.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.rune.model.json.RuneJson;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file that is not valid JSON is refused in a person's words, with where: each case goes through the real parser,
 * so a change in Jackson's own wording shows here as a message in the parser's words.
 */
class JsonSyntaxWordsTest {
    /** Words of the parser's that mean nothing to a person editing a file. */
    private static final String[] PARSER_WORDS = {"was expecting", "' (code", "CTRL-CHAR", "marker", "token",
        "end-of-input", "Unexpected", "Unrecognized", "Illegal", "Non-standard", "Source:", "`"};

    static Stream<Arguments> badJson() {
        return Stream.of(
                Arguments.of("a word where a value belongs", "{\"a\": tru}",
                        "line 1, column 7, inside a): 'tru' is not a JSON value"),
                Arguments.of("cut short inside a list", "{\"user_goals\": [",
                        "the file ends before the list opened at line 1, column 16 is closed; it may have been cut short"),
                Arguments.of("cut short inside an object", "{\"user_goals\": [{\"a\": 1",
                        "the file ends before the object opened at line 1, column 17 is closed"),
                Arguments.of("cut short inside a text", "{\"a\": \"abc",
                        "the file ends in the middle of a value; it may have been cut short"),
                Arguments.of("a terminal escape between values", "\u001b[31m{}",
                        "a control character (code 27) where only spaces, tabs and line breaks may be"),
                Arguments.of("a list closed with a brace", "{\"user_goals\": [}",
                        "'}' cannot close the list opened at line 1, column 16; it ends with ']'"),
                Arguments.of("an object closed with a bracket", "{\"user_goals\": [{\"a\": 1]",
                        "']' cannot close the object opened at line 1, column 17; it ends with '}'"),
                Arguments.of("a name without quotes", "{user_goals: []}",
                        "expected a field name in double quotes, found 'u'"),
                Arguments.of("a name in single quotes", "{'user_goals': []}",
                        "found a single quote (JSON's text is in double quotes)"),
                Arguments.of("no colon", "{\"user_goals\" []}", "expected ':' after the field name, found '['"),
                Arguments.of("no comma between fields", "{\"user_goals\": [] \"daily_progress\": []}",
                        "expected ',' or '}' after the field's value, found '\"' (is a comma missing?)"),
                Arguments.of("no comma between items", "{\"a\": [1 2]}",
                        "expected ',' or ']' after the list's item, found '2' (is a comma missing?)"),
                Arguments.of("a comma after the last item", "{\"a\": [1, 2,]}",
                        "a comma is followed by ']': remove the comma after the list's last item"),
                Arguments.of("a comma after the last field", "{\"a\": 1,}",
                        "a comma is followed by '}': remove the comma after the object's last field"),
                Arguments.of("a line break inside a text", "{\"a\": \"line\nbreak\"}",
                        "a line break inside a text value (write it as \\n)"),
                Arguments.of("a tab inside a text", "{\"a\": \"tab\there\"}",
                        "a tab inside a text value (write it as \\t)"),
                Arguments.of("a leading zero", "{\"a\": 07}", "a number begins with 0 (write 7, not 07)"),
                Arguments.of("not a number", "{\"a\": NaN}", "'NaN' is not a number JSON allows"),
                Arguments.of("an unknown escape", "{\"a\": \"\\q\"}", "'\\q' is not an escape JSON knows"),
                Arguments.of("one closing brace too many", "{\"a\": 1}}",
                        "'}' closes nothing: there are more closing brackets than opening ones"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badJson")
    void isSaidInAPersonsWords(String kind, String content, String expected) {
        String message = refusal(content.getBytes(StandardCharsets.UTF_8));

        assertThat(message).as(kind).startsWith("bad.json: not valid JSON (line ").contains(expected)
                .doesNotContain(PARSER_WORDS);
    }

    @org.junit.jupiter.api.Test
    void aFileThatIsNotUtf8SaysSo() {
        byte[] latin1 = "{\"a\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refusal(latin1)).contains("line 1, column 13, inside a): the text is not UTF-8 here; Rune's exports are UTF-8 (was the file saved in another encoding?)")
                .doesNotContain(PARSER_WORDS);
    }

    static Stream<Arguments> otherKinds() {
        return Stream.of(
                Arguments.of("CSV", "date,task,done\n2026-12-01,Run,yes\n".getBytes(StandardCharsets.UTF_8),
                        "this is a CSV file, not a Rune export (JSON)"),
                Arguments.of("SQLite", "SQLite format 3\0rest of the page".getBytes(StandardCharsets.ISO_8859_1),
                        "this is a database file (SQLite), not a Rune export (JSON)"),
                Arguments.of("ZIP", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, "this is a ZIP archive, not a Rune export (JSON)"),
                Arguments.of("an empty ZIP", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0},
                        "this is a ZIP archive, not a Rune export (JSON)"),
                Arguments.of("a CSV header alone", "user_id,date,task_id,completed\n".getBytes(StandardCharsets.UTF_8),
                        "this is a CSV file, not a Rune export (JSON)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherKinds")
    void aFileOfAnotherKindIsNamed(String kind, byte[] content, String expected) {
        assertThat(refusal(content)).as(kind).isEqualTo("bad.json: " + expected + ". Nothing was imported.");
    }

    @org.junit.jupiter.api.Test
    void aSentenceWithACommaIsNotTakenForCsv() {
        byte[] diary = "Dear diary,\ntoday I ran 5 km.\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ImportFileKind.of(diary)).isEmpty();
        assertThat(ImportFileKind.of("Well, I ran, then I read.\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(refusal(diary)).contains("not valid JSON (line 1, column 1): 'Dear' is not a JSON value");
    }

    private static String refusal(byte[] content) {
        InvalidImportException refused = catchThrowableOfType(InvalidImportException.class,
                () -> new ImportReader(RuneJson.newMapper()).read("bad.json", content, ImportChecks.Stored.NOTHING));
        assertThat(refused).as("refused").isNotNull();
        return refused.getMessage();
    }
}
