package app.rune.cli;

import app.rune.ExitStatus;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rune completion}: the shell completion script for {@code rune}, which picocli writes from the command tree
 * this very program has, so it names every command and option there is. One script for bash and zsh (it turns on
 * zsh's bash compatibility itself). The Linux package installs it; elsewhere a person sources it.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {
            "Print the shell completion script for rune (bash, and zsh through its bash compatibility).",
            "Try it in this shell with: source <(rune completion)",
            "Keep it for bash with: rune completion > ~/.local/share/bash-completion/completions/rune"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CommandSpec rune = spec.root();
        spec.commandLine().getOut().print(AutoComplete.bash(rune.name(), rune.commandLine()));
        spec.commandLine().getOut().flush();
        return ExitStatus.OK;
    }
}
