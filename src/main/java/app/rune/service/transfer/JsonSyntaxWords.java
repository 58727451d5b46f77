package app.rune.service.transfer;

import app.rune.model.validation.Problems;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's description of a JSON syntax error, said in the words of a person who edits a file by hand ("the file
 * ends before the list opened at line 1, column 16 is closed") rather than a parser's ("Unexpected end-of-input:
 * expected close marker for Array"). Jackson's wording is matched by its shape; a message of a shape not known
 * here keeps Jackson's own first line, without the parts meant for programmers.
 */
final class JsonSyntaxWords {
    private JsonSyntaxWords() {
    }

    private record Rule(Pattern shape, Function<Matcher, String> words) {
        Rule(String regex, Function<Matcher, String> words) {
            this(Pattern.compile(regex, Pattern.DOTALL), words);
        }
    }

    /** {@code ('x' (code 120))}: the character Jackson quotes, by its code (the quoted form may be a control). */
    private static final String CHAR = "\\('.*?' \\(code (\\d+)\\)\\)";

    private static final List<Rule> RULES = List.of(
            new Rule("Unrecognized token '(.*)': was expecting .*",
                    m -> quoted(m.group(1)) + " is not a JSON value (text in double quotes, a number, true, false,"
                            + " null, a list or an object)"),
            new Rule("Unexpected character " + CHAR + ": was expecting double-quote to start field name.*",
                    m -> code(m) == '}' ? "a comma is followed by '}': remove the comma after the object's last field"
                            : "expected a field name in double quotes, found " + character(code(m))),
            new Rule("Unexpected character " + CHAR + ": was expecting a colon to separate field name and value.*",
                    m -> "expected ':' after the field name, found " + character(code(m))),
            new Rule("Unexpected character " + CHAR + ": was expecting comma to separate (Object|Array) entries.*",
                    m -> (m.group(2).equals("Object") ? "expected ',' or '}' after the field's value"
                            : "expected ',' or ']' after the list's item") + ", found " + character(code(m))
                            + " (is a comma missing?)"),
            new Rule("Unexpected character " + CHAR + ": expected a value.*",
                    m -> code(m) == ']' ? "a comma is followed by ']': remove the comma after the list's last item"
                            : "expected a value, found " + character(code(m))),
            new Rule("Unexpected character " + CHAR + " in numeric value.*",
                    m -> "a number holds " + character(code(m))),
            new Rule("Unexpected character " + CHAR + ".*",
                    m -> "unexpected " + character(code(m))),
            new Rule("Unexpected end-of-input: expected close marker for (Array|Object) \\(start marker at "
                    + "\\[Source: .*?; line: (\\d+), column: (\\d+)]\\).*",
                    m -> "the file ends before the " + container(m.group(1)) + " opened at line " + m.group(2)
                            + ", column " + m.group(3) + " is closed; it may have been cut short"),
            new Rule("Unexpected end-of-input.*",
                    m -> "the file ends in the middle of a value; it may have been cut short"),
            new Rule("Unexpected close marker '(.)': expected '(.)' \\(for (Array|Object) starting at "
                    + "\\[Source: .*?; line: (\\d+), column: (\\d+)]\\).*",
                    m -> "'" + m.group(1) + "' cannot close the " + container(m.group(3)) + " opened at line "
                            + m.group(4) + ", column " + m.group(5) + "; it ends with '" + m.group(2) + "'"),
            new Rule("Unexpected close marker '(.)': no open .*",
                    m -> "'" + m.group(1) + "' closes nothing: there are more closing brackets than opening ones"),
            new Rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> insideText(Integer.parseInt(m.group(1)))),
            new Rule("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> "a control character (code " + m.group(1) + ") where only spaces, tabs and line breaks"
                            + " may be"),
            new Rule("Invalid UTF-8 .*",
                    m -> "the text is not UTF-8 here; Rune's exports are UTF-8 (was the file saved in another"
                            + " encoding?)"),
            new Rule("Invalid numeric value: Leading zeroes not allowed.*",
                    m -> "a number begins with 0 (write 7, not 07)"),
            new Rule("Non-standard token '(.*)'.*",
                    m -> quoted(m.group(1)) + " is not a number JSON allows"),
            new Rule("Unrecognized character escape '.*?' \\(code (\\d+)\\).*",
                    m -> "'\\" + printable(Character.toString(code(m))) + "' is not an escape JSON knows"
                            + " (write a backslash as \\\\)"),
            new Rule("Invalid numeric value: (.*)", m -> "a number is not valid: " + lowerFirst(m.group(1))));

    /** The plain words for the first line of Jackson's message; null for a shape not known here. */
    static String of(String firstLine) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.shape().matcher(firstLine);
            if (matcher.matches()) {
                return rule.words().apply(matcher);
            }
        }
        return null;
    }

    private static int code(Matcher matcher) {
        return Integer.parseInt(matcher.group(1));
    }

    /** A character as a person can see it: {@code 'x'}, or its name when it has no visible form. */
    private static String character(int code) {
        return switch (code) {
            case '\n', '\r' -> "a line break";
            case '\t' -> "a tab";
            case '\'' -> "a single quote (JSON's text is in double quotes)";
            default -> code < 0x20 || code == 0x7f ? "a control character (code " + code + ")"
                    : "'" + printable(Character.toString(code)) + "'";
        };
    }

    private static String insideText(int code) {
        return switch (code) {
            case '\n', '\r' -> "a line break inside a text value (write it as \\n)";
            case '\t' -> "a tab inside a text value (write it as \\t)";
            default -> String.format(Locale.ROOT, "a control character (code %d) inside a text value (write it as"
                    + " \\u%04x)", code, code);
        };
    }

    private static String container(String jackson) {
        return jackson.equals("Array") ? "list" : "object";
    }

    private static String quoted(String token) {
        return "'" + printable(token) + "'";
    }

    private static String printable(String text) {
        return Problems.printable(text, 40);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
