package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import app.rune.data.DataLocation;
import app.rune.instance.InstanceClient;
import app.rune.instance.Reply;
import app.rune.instance.Request;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * A command run by the Rune that holds the data folder, for a process that found the folder in use: the sending
 * side ({@link #send}) and the running app's side ({@link #perform}). The command prints and ends as if it had run
 * on its own.
 */
public final class ForwardedCommand {
    /** An import of years of data takes a while; a running Rune that does not answer in this time is given up. */
    private static final Duration REPLY_WAIT = Duration.ofMinutes(10);

    private ForwardedCommand() {
    }

    /** As {@link #send}, but only when a running Rune left its way in: a look at two files, when none runs. */
    static Optional<Reply> sendIfRunning(Path dataFolder, List<String> args) {
        return InstanceClient.running(dataFolder) ? send(dataFolder, args) : Optional.empty();
    }

    /** Hands {@code args} to the Rune running on {@code dataFolder}; empty when none answers. */
    static Optional<Reply> send(Path dataFolder, List<String> args) {
        Path here = Path.of("").toAbsolutePath();
        return InstanceClient.ask(dataFolder, new Request(Request.Kind.COMMAND, args, here.toString(),
                dataFolder.toAbsolutePath().normalize().toString()), REPLY_WAIT);
    }

    /**
     * Runs {@code request} in the app, on its {@code session} of {@code dataFolder}, with what the app's process
     * knows of its machine ({@code machine}); {@code showWindow} is what a plain {@code rune} does there.
     */
    public static Reply perform(RuneSession session, Path dataFolder, Request request, RuneEnvironment machine,
            Runnable showWindow) {
        Path working;
        try {
            working = Path.of(request.workingFolder());
        } catch (RuntimeException e) {
            return refused("its working folder cannot be read");
        }
        if (!working.isAbsolute()) {
            return refused("its working folder is not a full path");
        }
        if (!sameFolder(Path.of(request.dataFolder()), dataFolder)) {
            return refused("it is for another data folder");
        }
        // The command's data folder is this one, whatever the sender's environment said.
        Map<String, String> env = new HashMap<>(machine.env());
        env.put(DataLocation.ENV_VARIABLE, dataFolder.toString());
        RuneEnvironment inside = new RuneEnvironment(env, machine.osName(), machine.home(), machine.clock(),
                machine.loginName(), folder -> {
                    showWindow.run();
                    return ExitStatus.OK;
                }, (folder, clock, settingAsideDamaged) -> {
                    if (!sameFolder(folder, dataFolder)) {
                        throw new IOException("The running Rune works on " + dataFolder + ", not on " + folder + ".");
                    }
                    return session.lend();
                });
        CommandLine commandLine = CommandLineFactory.create(inside);
        // Files named on the command line are where the sender is, not where the app was started.
        commandLine.registerConverter(Path.class, text -> working.resolve(text));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(request.args().toArray(String[]::new));
        return new Reply(status, out.toString(), err.toString());
    }

    private static Reply refused(String why) {
        return new Reply(ExitStatus.INVALID_INPUT, "", "The running Rune cannot do this: " + why + ".\n");
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException | RuntimeException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
