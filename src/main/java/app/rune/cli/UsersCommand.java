package app.rune.cli;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rune users}: the user ids in the data folder, one per line. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "List the ids of the users in the data folder, one per line.")
final class UsersCommand implements Callable<Integer> {
    @ParentCommand
    private RuneCommand rune;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (RuneSession session = rune.openSession()) {
            SortedSet<String> users = session.users().userIds();
            if (users.isEmpty()) {
                spec.commandLine().getErr().println("There are no users in " + session.dataFolder()
                        + " yet. Open the app once, or import a file with `rune import FILE`.");
            }
            users.forEach(id -> spec.commandLine().getOut().println(TerminalText.of(id)));
            return ExitStatus.OK;
        }
    }
}
