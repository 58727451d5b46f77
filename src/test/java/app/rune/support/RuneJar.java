package app.rune.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built, runnable {@code rune.jar} run as a person runs it, {@code java -jar rune.jar --data-dir DIR COMMAND …},
 * each command in a JVM of its own. The integration tests get the jar's path from the {@code rune.jar} system
 * property, which the build sets to the jar made at {@code package}.
 */
public final class RuneJar {
    /** The system property that names the jar. */
    public static final String PROPERTY = "rune.jar";
    /** Longer than any command takes on a slow, busy machine; a command that takes this long is a failure. */
    private static final Duration COMMAND_LIMIT = Duration.ofSeconds(90);

    /** One per test JVM: the class-data archive is made once. */
    private static RuneJar built;

    private final Path jar;
    /** A class-data archive of Rune's start (made by a first run), or null: commands start sooner with it. */
    private Path classArchive;

    private RuneJar(Path jar) {
        this.jar = jar;
    }

    /** The jar the build made; fails the test, saying how to make it, when there is none. */
    public static synchronized RuneJar built() throws IOException, InterruptedException {
        if (built != null) {
            return built;
        }
        String path = System.getProperty(PROPERTY);
        if (path == null || path.isBlank()) {
            fail("The system property " + PROPERTY + " does not name Rune's runnable jar. These tests run in "
                    + "`mvn verify`, which builds target/rune.jar and passes its path; elsewhere, build it "
                    + "(`mvn package`) and pass -D" + PROPERTY + "=…/target/rune.jar.");
        }
        Path jar = Path.of(path).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail(PROPERTY + " is " + jar + ", which is not a file: build it first (`mvn package`).");
        }
        built = new RuneJar(jar);
        built.archiveClasses();
        return built;
    }

    /**
     * Hundreds of commands each start a JVM: a dynamic class-data archive of one export's classes, made once per
     * test run beside the jar (it only fits the jar it was made with), saves a good part of each start. It
     * changes nothing Rune does; where it cannot be made, commands start without it.
     */
    private void archiveClasses() throws IOException, InterruptedException {
        Path folder = jar.resolveSibling("rune-it-class-archive");
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(folder);
        Path archive = folder.resolve("rune.jsa");
        RuneProcess training = start(List.of("-XX:ArchiveClassesAtExit=" + archive), folder.resolve("data"),
                "export", folder.resolve("export.json").toString());
        if (training.awaitExit(COMMAND_LIMIT) && Files.isRegularFile(archive)) {
            classArchive = archive;
        }
        training.kill();
    }

    /** What one finished command did. */
    public record Result(List<String> command, int exit, String out, String err, long millis) {
        /** The exit status and the first lines of standard error, for a failure message. */
        public String describe() {
            return "exit " + exit + " after " + millis + " ms; stderr: " + head(err) + "; stdout: " + head(out);
        }

        public static String head(String text) {
            String trimmed = text.strip();
            if (trimmed.isEmpty()) {
                return "(empty)";
            }
            String[] lines = trimmed.split("\\R");
            String shown = String.join(" | ", List.of(lines).subList(0, Math.min(lines.length, 4)));
            return (shown.length() > 500 ? shown.substring(0, 500) + "…" : shown)
                    + (lines.length > 4 ? " | (" + (lines.length - 4) + " more lines)" : "");
        }
    }

    /** Runs {@code rune --data-dir DATA ARGS…} to its end and returns what it did. */
    public Result run(Path data, String... args) throws IOException, InterruptedException {
        return finish(start(data, args));
    }

    /** Waits for a started command to end (it fails the test if it takes too long) and returns what it did. */
    public Result finish(RuneProcess process) throws InterruptedException {
        try {
            if (!process.awaitExit(COMMAND_LIMIT)) {
                process.kill();
                fail("`" + process.commandLine() + "` did not finish within " + COMMAND_LIMIT.toSeconds()
                        + " s; stderr so far: " + Result.head(process.err()));
            }
            return process.result();
        } finally {
            process.kill();
        }
    }

    /** Starts {@code rune --data-dir DATA ARGS…} and returns at once; the caller waits for it or kills it. */
    public RuneProcess start(Path data, String... args) throws IOException {
        return start(classArchive == null ? List.of()
                : List.of("-XX:SharedArchiveFile=" + classArchive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                data, args);
    }

    /**
     * Starts {@code rune ARGS…} exactly as given (no {@code --data-dir} added) in {@code workingFolder}, with
     * {@code environment} added to this JVM's (a null value removes a variable), and returns at once.
     */
    public RuneProcess startIn(Path workingFolder, Map<String, String> environment, String... args)
            throws IOException {
        List<String> command = javaCommand(classArchive == null ? List.of()
                : List.of("-XX:SharedArchiveFile=" + classArchive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile());
        builder.environment().remove("RUNE_DATA_DIR");
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return new RuneProcess(command, builder.start());
    }

    /** Runs {@code rune ARGS…} as {@link #startIn} starts it, to its end. */
    public Result runIn(Path workingFolder, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return finish(startIn(workingFolder, environment, args));
    }

    /**
     * Runs {@code rune --data-dir DATA ARGS…} to its end under {@code wrapper} (a program that runs the command
     * given after its own arguments, as strace does), and returns what it did.
     */
    public Result runUnder(List<String> wrapper, Path data, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(javaCommand(List.of()));
        command.add("--data-dir");
        command.add(data.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("RUNE_DATA_DIR");
        return finish(new RuneProcess(command, builder.start()));
    }

    private RuneProcess start(List<String> jvmOptions, Path data, String... args) throws IOException {
        List<String> command = javaCommand(jvmOptions);
        command.add("--data-dir");
        command.add(data.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Only --data-dir says where the data is.
        builder.environment().remove("RUNE_DATA_DIR");
        return new RuneProcess(command, builder.start());
    }

    /** {@code java [options] -jar rune.jar}, without Rune's arguments. */
    private List<String> javaCommand(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Quicker, cheaper starts for a short command; nothing Rune does depends on the compiler, the collector or
        // class sharing.
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:CICompilerCount=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** Kills {@code process} (SIGKILL) and waits, within limits, until it is gone. */
    static void killAndWait(Process process) throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
