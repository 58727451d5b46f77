package app.rune.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts another JVM with the test class path, as a second Rune (or a crashing one) would run. */
public final class JavaProcess {
    private JavaProcess() {
    }

    public static Process start(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Djava.awt.headless=true");
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
