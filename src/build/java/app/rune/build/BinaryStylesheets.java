package app.rune.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * A build step (Maven runs it after compiling, see the pom): writes a binary copy, {@code name.bss}, beside every
 * style sheet {@code name.css} in the compiled classes. JavaFX loads the binary copy in place of the text when
 * it is there, as it does for its own Modena theme, and so skips parsing CSS while the first window is built:
 * about 50 ms of the start-up on a cold JVM. {@code -Dbinary.css=false} makes JavaFX read the text again.
 * The copies are written afresh at every build; {@code BinaryStylesheetsTest} checks that they match the text.
 *
 * <p>Usage: {@code java -cp <JavaFX on the class path> BinaryStylesheets.java <classes folder>}
 */
public final class BinaryStylesheets {
    private BinaryStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: BinaryStylesheets <classes folder>");
            System.exit(2);
        }
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            sheets = files.filter(file -> file.getFileName().toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
        System.out.println("binary style sheets: " + sheets.size() + " written");
    }
}
