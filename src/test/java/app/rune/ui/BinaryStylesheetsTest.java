package app.rune.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ui.common.Dialogs;
import app.rune.ui.shell.RuneApp;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build writes a binary copy (.bss) beside each style sheet, and JavaFX loads that copy instead of the text:
 * a copy that is missing costs start-up time, and one that is out of date shows an old look. Each must hold
 * exactly the rules of its text.
 */
class BinaryStylesheetsTest {

    @Test
    void everyStyleSheetHasABinaryCopyWithTheSameRules() throws Exception {
        List<Path> sheets = styleSheets();
        assertThat(sheets).extracting(sheet -> sheet.getFileName().toString())
                .contains("rune.css", "rune-dark.css", "today.css");
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            assertThat(bss).as("binary copy of %s", css).exists();
            Stylesheet text = new CssParser().parse(css.toUri().toURL());
            Stylesheet binary = Stylesheet.loadBinary(bss.toUri().toURL());
            assertThat(binary.getRules()).as("rules of %s", bss).isNotEmpty();
            assertThat(rules(binary)).as("rules of %s", bss).isEqualTo(rules(text));
        }
    }

    @Test
    void theMainStyleSheetIsFoundWhereTheAppAsksForIt() {
        String css = RuneApp.class.getResource(Dialogs.STYLESHEET).toExternalForm();
        assertThat(RuneApp.class.getResource(Dialogs.STYLESHEET.replace(".css", ".bss"))).as("beside %s", css)
                .isNotNull();
    }

    /** Each rule's selectors and declarations (a binary sheet reads its declarations only when asked). */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream()
                .map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                        .map(d -> d.getProperty() + "=" + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                        .toList())
                .toList();
    }

    /** The style sheets of the compiled app (the folder its classes are in). */
    private static List<Path> styleSheets() throws IOException, URISyntaxException {
        Path classes = Path.of(RuneApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".css")).sorted().toList();
        }
    }
}
