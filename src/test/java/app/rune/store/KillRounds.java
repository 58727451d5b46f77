package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.support.ExportedDocuments;
import app.rune.support.FolderCopy;
import app.rune.support.RawText;
import app.rune.support.RuneJar;
import app.rune.support.RuneProcess;
import app.rune.support.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Runs one {@code rune} command round after round, each time on a fresh copy of the {@link KillFolder} and killed
 * with SIGKILL at another moment of its run, and judges what each kill left: read back through the jar, the
 * data must be exactly as before the command or exactly as after it (as an uninterrupted run leaves it), and
 * the folder must open and take the command again.
 *
 * <p>Where the kills land: most of a short command's run is the JVM starting, before it touches the folder, and
 * its writes take a small part of the rest. So some rounds are spread over 0 to 110 % of an uninterrupted run's
 * time from the process's start; some over the part after it first touches the folder (its lock; seen with a
 * {@link FolderWatch}); some over the part from its first write to its output (between one commit and the
 * next); and a few between its output and its exit (closing the file). Each stretch is measured on an
 * uninterrupted run, and a kill is aimed from the moment the round's own command reaches that stretch. A round
 * killed before it touched the folder leaves it byte for byte as it was: "interrupted at start", with nothing
 * to read back.
 */
final class KillRounds {
    /** What the JVM reports for a process ended by SIGKILL (128 + 9). */
    private static final int KILLED = 137;
    private static final Duration OUTPUT_WAIT = Duration.ofSeconds(60);

    /** Where a round ended up. */
    enum Outcome {
        AT_START("interrupted at start"), BEFORE("before"), AFTER("after"), NEITHER("NEITHER before nor after"),
        BROKEN("BROKEN folder");

        final String words;

        Outcome(String words) {
            this.words = words;
        }
    }

    /**
     * One command to kill: its arguments after {@code --data-dir DIR}; how many rounds to spread over its whole
     * run, over the part after it touches the folder, over its writes, and between its output and its exit;
     * whether a second run prints the same as the first (no clock or coach in its output); and the one part of
     * the data the command is about (a task's entry), checked on its own so a failure says what was mixed, or
     * null when the whole data is the part.
     */
    record Plan(String name, List<String> args, int spread, int working, int writing, int closing,
            boolean sameOutputAgain, Function<ExportedDocuments, JsonNode> part) {
        int rounds() {
            return spread + working + writing + closing;
        }
    }

    private final RuneJar rune;
    private final Path work;
    private final KillFolder start;
    private final ExportedDocuments before;
    private final Instant since;
    private final Random random;
    private final List<RuneProcess> started;

    KillRounds(RuneJar rune, Path work, KillFolder start, ExportedDocuments before, Instant since, long seed,
            List<RuneProcess> started) {
        this.rune = rune;
        this.work = work;
        this.start = start;
        this.before = before;
        this.since = since;
        this.random = new Random(seed);
        this.started = started;
    }

    /**
     * What an uninterrupted run does: the data after it and what it printed; and, the shortest of two runs, how
     * long it takes and how long the stretches last that kills are aimed at (ms): from touching the folder to the
     * end, from the first write to the output, from the output to the end.
     */
    record Reference(ExportedDocuments after, String out, long millis, long touchToEnd, long writeToOutput,
            long outputToEnd) {
        Reference shortest(Reference other) {
            return new Reference(after, out, Math.min(millis, other.millis), Math.min(touchToEnd, other.touchToEnd),
                    Math.min(writeToOutput, other.writeToOutput), Math.min(outputToEnd, other.outputToEnd));
        }
    }

    /**
     * Runs {@code plan}'s command twice, uninterrupted, each on a fresh copy, and reads the data back: both runs
     * must leave the same data (or a round's "after" would be a matter of luck).
     */
    Reference reference(Plan plan) throws Exception {
        Reference first = referenceRun(plan, plan.name() + "-reference-1");
        Reference second = referenceRun(plan, plan.name() + "-reference-2");
        assertThat(second.after().differenceFrom(first.after())).as("two uninterrupted runs of `%s`", plan.name())
                .isEmpty();
        if (plan.sameOutputAgain()) {
            assertThat(second.out()).as("two uninterrupted runs of `%s` print", plan.name()).isEqualTo(first.out());
        }
        return first.shortest(second);
    }

    private Reference referenceRun(Plan plan, String copyName) throws Exception {
        Path data = FolderCopy.of(start.folder(), work.resolve(copyName));
        FolderWatch watch = new FolderWatch(data);
        RuneProcess process = started(rune.start(data, plan.args().toArray(String[]::new)));
        long touchMillis = watch.awaitTouch(process);
        long writeMillis = watch.awaitWrite(process);
        long outputMillis = process.awaitOutput(OUTPUT_WAIT);
        RuneJar.Result result = rune.finish(process);
        assertThat(result.exit()).as("an uninterrupted `%s`: %s", plan.name(), result.describe()).isZero();
        assertThat(touchMillis).as("an uninterrupted `%s` touched the folder", plan.name()).isNotNegative();
        assertThat(writeMillis).as("an uninterrupted `%s` wrote to the folder", plan.name()).isNotNegative();
        assertThat(outputMillis).as("an uninterrupted `%s` printed something", plan.name()).isNotNegative();
        return new Reference(export(data, copyName), result.out(), result.millis(), result.millis() - touchMillis,
                outputMillis - writeMillis, result.millis() - outputMillis);
    }

    /** Kills {@code plan}'s command in every round; returns the problems found (none: every round was whole). */
    List<String> run(Plan plan, Reference reference) throws Exception {
        List<String> problems = new ArrayList<>();
        Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);
        int rounds = plan.rounds();
        int killedWhileWorking = 0;
        for (int round = 0; round < rounds; round++) {
            double u = random.nextDouble();
            Path data = FolderCopy.of(start.folder(), work.resolve(plan.name() + "-round-" + round));
            Map<String, String> untouched = Sha256.ofFolder(data);
            FolderWatch watch = new FolderWatch(data);

            RuneProcess process = started(rune.start(data, plan.args().toArray(String[]::new)));
            String when;
            if (round < plan.spread()) {
                long at = (long) (reference.millis() * 1.10 * (round + u) / plan.spread());
                Thread.sleep(Math.max(0, at - process.millisRunning()));
                when = "at " + at + " ms";
            } else if (round < plan.spread() + plan.working()) {
                when = aim(watch.awaitTouch(process), reference.touchToEnd(),
                        round - plan.spread(), plan.working(), u, "touching the folder");
            } else if (round < plan.spread() + plan.working() + plan.writing()) {
                when = aim(watch.awaitWrite(process), reference.writeToOutput(),
                        round - plan.spread() - plan.working(), plan.writing(), u, "its first write");
            } else {
                when = aim(process.awaitOutput(OUTPUT_WAIT), reference.outputToEnd(),
                        round - plan.rounds() + plan.closing(), plan.closing(), u, "its output");
            }
            process.kill();
            RuneJar.Result killed = process.result();
            Map<String, String> left = Sha256.ofFolder(data);
            boolean touched = !left.equals(untouched);
            String where = plan.name() + " round " + round + " (killed " + when + ", exit " + killed.exit() + ")";

            List<String> found = new ArrayList<>();
            if (killed.exit() != KILLED && killed.exit() != 0) {
                found.add("it ended on its own with " + killed.describe());
            }
            // A folder left byte for byte as it was holds the data as before and opens as before.
            Outcome outcome = touched ? judge(plan, reference, data, plan.name() + "-round-" + round, found)
                    : Outcome.AT_START;
            if (killed.exit() == 0 && outcome != Outcome.AFTER) {
                found.add("it finished (exit 0) but the data is not what the command makes");
            }
            if (killed.exit() == KILLED && touched) {
                killedWhileWorking++;
            }
            // The folder takes the command again after the kill: opening, writing and closing all work. Not
            // needed where the kill left every file as it was and only added empty ones (a lock file), or where
            // the command had finished.
            if (killed.exit() == KILLED && wroteSomething(untouched, left) && found.isEmpty()) {
                RuneJar.Result again = rune.run(data, plan.args().toArray(String[]::new));
                RawText.in(again.err()).ifPresent(raw -> found.add("run again, it shows \"" + raw + "\""));
                if (again.exit() != 0) {
                    found.add("run again after the kill: " + again.describe());
                } else if (plan.sameOutputAgain() && !again.out().equals(reference.out())) {
                    found.add("run again after the kill, it printed " + RuneJar.Result.head(again.out())
                            + " instead of " + RuneJar.Result.head(reference.out()));
                }
            }
            if (!found.isEmpty() && outcome != Outcome.NEITHER) {
                outcome = Outcome.BROKEN;
            }
            tally.merge(outcome, 1, Integer::sum);
            found.forEach(problem -> problems.add(where + ": " + problem));
            String first = found.isEmpty() ? "" : found.get(0);
            System.out.printf("KilledCommandIT: %-48s -> %s%s%n", where, outcome.words,
                    first.isEmpty() ? "" : ": " + (first.length() > 150 ? first.substring(0, 150) + "…" : first));
        }
        StringBuilder counts = new StringBuilder();
        tally.forEach((outcome, n) -> counts.append(", ").append(n).append(' ').append(outcome.words));
        System.out.printf("KilledCommandIT: %s: %d rounds (uninterrupted, shortest of two: %d ms; %d ms from touching"
                + " the folder, %d ms from first write to output, %d ms from output to exit)%s%n", plan.name(), rounds,
                reference.millis(), reference.touchToEnd(), reference.writeToOutput(), reference.outputToEnd(), counts);
        if (killedWhileWorking < Math.max(1, rounds / 4)) {
            problems.add(plan.name() + ": only " + killedWhileWorking + " of " + rounds + " kills landed while the "
                    + "command was working on the folder; the rounds prove too little (the machine's timing?)");
        }
        return problems;
    }

    /** Reads the data back after a kill; it must open and be exactly before or after. */
    private Outcome judge(Plan plan, Reference reference, Path data, String name, List<String> found)
            throws Exception {
        Path file = work.resolve(name + ".json");
        RuneJar.Result read = rune.run(data, "export", file.toString());
        RawText.in(read.err()).ifPresent(raw -> found.add("export after the kill shows \"" + raw + "\""));
        if (read.exit() != 0) {
            found.add("the folder does not open after the kill: export " + read.describe());
            return Outcome.BROKEN;
        }
        Outcome outcome = Outcome.NEITHER;
        ExportedDocuments now = ExportedDocuments.read(file).stampedFrom(since);
        if (plan.part() != null) {
            JsonNode part = plan.part().apply(now);
            if (!part.equals(plan.part().apply(before)) && !part.equals(plan.part().apply(reference.after()))) {
                found.add("MIXED entry " + part + ", neither the old one " + plan.part().apply(before)
                        + " nor the new one " + plan.part().apply(reference.after()));
            }
        }
        if (now.sameAs(before)) {
            outcome = Outcome.BEFORE;
        } else if (now.sameAs(reference.after())) {
            outcome = Outcome.AFTER;
        } else {
            found.add("the data is neither as before nor as after: " + now.mixOf(before, reference.after()));
        }
        return outcome;
    }

    private ExportedDocuments export(Path data, String name) throws Exception {
        return export(rune, work, since, data, name);
    }

    /** {@code rune export} of {@code data} to {@code work}, the clock's stamps from {@code since} on evened out. */
    static ExportedDocuments export(RuneJar rune, Path work, Instant since, Path data, String name) throws Exception {
        Path file = work.resolve(name + ".json");
        RuneJar.Result read = rune.run(data, "export", file.toString());
        assertThat(read.exit()).as("export of %s: %s", name, read.describe()).isZero();
        return ExportedDocuments.read(file).stampedFrom(since);
    }

    /** Whether a file changed or went, or a file with content appeared: more than taking a lock. */
    private static boolean wroteSomething(Map<String, String> before, Map<String, String> after) {
        String empty = Sha256.of(new byte[0]);
        return before.entrySet().stream().anyMatch(e -> !e.getValue().equals(after.get(e.getKey())))
                || after.entrySet().stream().anyMatch(e -> !before.containsKey(e.getKey()) && !e.getValue().equals(empty));
    }

    /**
     * Sleeps until the {@code i}-th of {@code n} moments spread over 110 % of a stretch {@code length} ms long that
     * began {@code reached} ms into the run (-1: the command never got there; then at once).
     */
    private static String aim(long reached, long length, int i, int n, double u, String from) throws Exception {
        long after = (long) (Math.max(20, length) * 1.10 * (i + u) / n);
        Thread.sleep(after);
        return reached < 0 ? "(it never reached " + from + ")"
                : "at " + (reached + after) + " ms (" + after + " ms after " + from + ")";
    }

    private RuneProcess started(RuneProcess process) {
        started.add(process);
        return process;
    }
}
