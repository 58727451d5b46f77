package app.rune.cli;

import app.rune.ExitStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code rune} commands in this JVM with captured output, as a person would at a terminal. */
final class CommandLineRunner {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), ZoneOffset.UTC);

    record Run(int status, String out, String err) {
    }

    private final Map<String, String> env;
    private final Path home;
    private int desktopOpened;
    private Path desktopFolder;

    CommandLineRunner(Path home, Map<String, String> env) {
        this.home = home;
        this.env = env;
    }

    /** Runs {@code rune --data-dir DATA ARGS…}. */
    Run runIn(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    Run run(String... args) {
        RuneEnvironment environment = new RuneEnvironment(env, "Linux", home, CLOCK, "ana", folder -> {
            desktopOpened++;
            desktopFolder = folder;
            return ExitStatus.OK;
        });
        CommandLine commandLine = CommandLineFactory.create(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    int desktopOpened() {
        return desktopOpened;
    }

    Path desktopFolder() {
        return desktopFolder;
    }
}
