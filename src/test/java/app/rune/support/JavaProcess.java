package app.rune.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts another JVM with the test class path, as a second Rune (or a crashing one) would run. */
public final class JavaProcess {
    private JavaProcess() {
    }

    public static Process start(Class<?> mainClass, String... args) throws IOException {
        return new ProcessBuilder(command(mainClass, true, args)).start();
    }

    /** With a display: the environment says which (a test's own Xvfb). */
    public static Process startOnDisplay(Map<String, String> environment, Class<?> mainClass, String... args)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(mainClass, false, args)).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static List<String> command(Class<?> mainClass, boolean headless, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Djava.awt.headless=" + headless);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }
}
