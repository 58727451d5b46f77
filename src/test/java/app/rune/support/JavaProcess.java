package app.rune.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts another JVM with the test class path, as a second Rune (or a crashing one) would run. */
public final class JavaProcess {
    /** Libraries only the windows or the tests use; a child without a display loads none of them. */
    private static final List<String> UI_AND_TEST_JARS = List.of("javafx-", "controlsfx-", "ikonli-",
            "openjfx-monocle-", "testfx-", "junit-", "opentest4j-", "apiguardian-", "assertj-", "byte-buddy-",
            "hamcrest-", "org.osgi.", "jmh-", "jopt-simple-", "commons-math3-", "archunit");

    private JavaProcess() {
    }

    public static Process start(Class<?> mainClass, String... args) throws IOException {
        return new ProcessBuilder(command(mainClass, true, args)).start();
    }

    /**
     * A child that runs Rune's services, not its windows or a test, started as quickly as a JVM allows: class
     * data sharing, the quick compiler only, and a class path without the UI and test libraries. What it
     * writes to its standard error goes to {@code errors} (replaced at each start).
     */
    public static Process startQuick(Path errors, Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(servicesClassPath());
        command.add("-Djava.awt.headless=true");
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(errors.toFile()).start();
    }

    /**
     * As {@link #startQuick}, returning once the child has said {@code ready} on its standard output (a session it
     * opened, saved to and now holds).
     */
    public static Process startQuickUntilReady(Path errors, Class<?> mainClass, String... args) throws IOException {
        Process child = startQuick(errors, mainClass, args);
        String said = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (!"ready".equals(said)) {
            child.destroyForcibly();
            throw new IOException(mainClass.getSimpleName() + " did not get ready (it said " + said + "; see "
                    + errors + ")");
        }
        return child;
    }

    /** With options for the JVM itself, e.g. {@code -Xmx32m}. */
    public static Process startWith(List<String> jvmOptions, Class<?> mainClass, String... args) throws IOException {
        List<String> command = command(mainClass, true, args);
        command.addAll(1, jvmOptions);
        return new ProcessBuilder(command).start();
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
        command.add(java());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Djava.awt.headless=" + headless);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test class path less {@link #UI_AND_TEST_JARS}: fewer jars to open and search at start. */
    private static String servicesClassPath() {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (UI_AND_TEST_JARS.stream().noneMatch(name::startsWith)) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }
}
