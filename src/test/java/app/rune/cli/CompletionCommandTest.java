package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rune.ExitStatus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code rune completion} against the command tree the program really has: every command and every option in it
 * is offered where it belongs, so a command or option added later cannot be missing from the script installers ship.
 */
class CompletionCommandTest {
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    @TempDir
    Path temp;

    private String script;

    @BeforeEach
    void printScript() {
        CommandLineRunner.Run run = new CommandLineRunner(temp.resolve("home"), Map.of()).run("completion");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.err()).isEmpty();
        script = run.out();
    }

    /** The command line as the launcher builds it; the desktop is never opened here. */
    private static CommandLine realTree() {
        return CommandLineFactory.create(new RuneEnvironment(Map.of(), "Linux", Path.of("home"),
                Clock.systemUTC(), "ana", folder -> ExitStatus.FAILED));
    }

    @Test
    void offersEveryCommandAndEveryOptionOfTheRealCommandTree() {
        List<CommandSpec> commands = new ArrayList<>();
        collect(realTree().getCommandSpec(), commands);
        // The tree itself, so the test cannot pass by walking an empty one.
        assertThat(commands).extracting(CommandSpec::name).contains("rune", "today", "check", "skip", "checkin",
                "stats", "import", "export", "backup", "restore", "users", "completion");

        for (CommandSpec command : commands) {
            String body = functionFor(command);
            Set<String> subcommands = new LinkedHashSet<>();
            command.subcommands().forEach((name, sub) -> {
                if (!sub.getCommandSpec().usageMessage().hidden()) {
                    subcommands.add(name);
                }
            });
            assertThat(words(body, "commands", false)).as("commands of %s", command.qualifiedName())
                    .containsExactlyInAnyOrderElementsOf(subcommands);

            Set<String> options = new LinkedHashSet<>();
            for (OptionSpec option : command.options()) {
                if (!option.hidden()) {
                    options.addAll(Arrays.asList(option.names()));
                }
            }
            Set<String> offered = new LinkedHashSet<>(words(body, "flag_opts", true));
            offered.addAll(words(body, "arg_opts", true));
            assertThat(offered).as("options of %s", command.qualifiedName())
                    .containsExactlyInAnyOrderElementsOf(options);
        }
    }

    @Test
    void completesTheCommandNamedRune() {
        assertThat(script.lines()).anyMatch(line -> line.matches("complete -F _complete_rune .*\\brune\\b.*"));
    }

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        assumeTrue(onPath("bash"), "bash is not installed here");
        assertThat(bashCompletes("rune ch")).containsExactlyInAnyOrder("check", "checkin");
        assertThat(bashCompletes("rune co")).containsExactly("completion");
        assertThat(bashCompletes("rune check --d")).containsExactlyInAnyOrder("--date", "--difficulty", "--data-dir");
        assertThat(bashCompletes("rune checkin --")).contains("--day-rating", "--mood", "--rest-day");
        assertThat(bashCompletes("rune export --")).contains("--csv");
    }

    private static void collect(CommandSpec command, List<CommandSpec> into) {
        if (command.usageMessage().hidden()) {
            return;
        }
        into.add(command);
        command.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), into));
    }

    /** The body of the script's function for one command, e.g. {@code _picocli_rune_check} for {@code rune check}. */
    private String functionFor(CommandSpec command) {
        String name = "_picocli_" + command.qualifiedName("_");
        int start = script.indexOf("function " + name + "() {");
        assertThat(start).as("the script's function for %s", command.qualifiedName()).isNotNegative();
        int end = script.indexOf("\n}\n", start);
        return script.substring(start, end);
    }

    /** The words of {@code local VARIABLE="..."} in a function: space-separated, or each in single quotes. */
    private static List<String> words(String body, String variable, boolean quoted) {
        Matcher line = Pattern.compile("local " + variable + "=\"([^\"]*)\"").matcher(body);
        assertThat(line.find()).as("local %s in%n%s", variable, body).isTrue();
        String value = line.group(1).strip();
        if (!quoted) {
            return value.isEmpty() ? List.of() : List.of(value.split(" +"));
        }
        List<String> words = new ArrayList<>();
        Matcher word = QUOTED.matcher(value);
        while (word.find()) {
            words.add(word.group(1));
        }
        return words;
    }

    /** What bash offers for the last word of {@code line}, with the script loaded as bash-completion would. */
    private List<String> bashCompletes(String line) throws Exception {
        Path file = Files.writeString(temp.resolve("rune.bash"), script);
        String driver = String.join("\n",
                "source \"$1\"",
                "COMP_LINE=$2",
                "read -r -a COMP_WORDS <<< \"$COMP_LINE\"",
                "[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')",
                "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))",
                "COMP_POINT=${#COMP_LINE}",
                // Outside a real completion bash's compopt only complains (on standard error), as it may.
                "_complete_rune",
                "printf '%s\\n' \"${COMPREPLY[@]}\"");
        Path errors = temp.resolve("bash-errors.txt");
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", driver, "bash", file.toString(), line)
                .redirectError(errors.toFile()).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(Files.readString(errors)).isZero();
        return out.lines().filter(word -> !word.isEmpty()).toList();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
