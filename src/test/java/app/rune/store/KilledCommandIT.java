package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.support.ExportedDocuments;
import app.rune.support.FolderCopy;
import app.rune.support.RuneJar;
import app.rune.support.RuneProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * One command, one commit: a real {@code java -jar rune.jar} command killed with SIGKILL at any moment of its
 * run leaves the data exactly as before it or exactly as after it, never between, and the folder opens and
 * works afterwards. {@link KilledSessionTest} kills a long session inside one JVM; this kills the commands a
 * person types, from the JVM's start to its exit.
 *
 * <p>Kill moments come from a seed printed at the start: {@code -Drune.command.kill.seed=N} aims the same way
 * again (where a kill lands still depends on the machine's speed). {@code -Drune.command.kill.rounds=N} sets
 * how many rounds of the main case ({@code check}) are spread over its run (default 24: half from the
 * process's start, a quarter from its first touch of the folder, a quarter from its first write; 4 more are
 * aimed between its output and its exit).
 */
class KilledCommandIT {
    private static final long SEED = Long.getLong("rune.command.kill.seed", new SecureRandom().nextLong());
    private static final int CHECK_ROUNDS = Integer.getInteger("rune.command.kill.rounds", 24);

    @TempDir
    static Path work;

    private static RuneJar rune;
    private static KillFolder start;
    private static ExportedDocuments before;
    private static Instant since;

    /** The commands this test's rounds started, killed after it if a failure left one running. */
    private final List<RuneProcess> started = new ArrayList<>();

    @BeforeAll
    static void prepare() throws Exception {
        System.out.println("KilledCommandIT: seed " + SEED + " (-Drune.command.kill.seed=" + SEED
                + " aims the same way)");
        since = Instant.now();
        rune = RuneJar.built();
        start = KillFolder.make(rune, work);
        // Read from a copy: reading takes the folder's lock, and the rounds' folder must have no lock file yet.
        before = KillRounds.export(rune, work, since, FolderCopy.of(start.folder(), work.resolve("before")), "before");
    }

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (RuneProcess process : started) {
            process.kill();
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @Timeout(600)
    void aKilledCheckLeavesTheTaskEntirelyAsItWasOrEntirelyDone() throws Exception {
        KillRounds.Plan plan = new KillRounds.Plan("check", List.of("check", start.task(), "--notes", "after",
                "--difficulty", "5", "--satisfaction", "5", "--date", start.checkDay().toString()), CHECK_ROUNDS / 2,
                CHECK_ROUNDS / 4, CHECK_ROUNDS - CHECK_ROUNDS / 2 - CHECK_ROUNDS / 4, 4, true, entry(start.checkDay()));
        KillRounds rounds = rounds(1);
        KillRounds.Reference reference = rounds.reference(plan);
        // The harness itself: before, the task is skipped with a reason, an obstacle, notes and 2/2; after an
        // uninterrupted check, it is done with the new notes and 5/5, and nothing of the skip is left.
        assertThat(plan.part().apply(before).toString()).as("the entry before `check`")
                .contains("\"completed\":false", "\"notes\":\"before\"", "\"difficulty_rating\":2",
                        "\"satisfaction_rating\":2", "\"skip_reason\":\"ran_out_of_time\"", "\"work_overtime\"");
        JsonNode done = plan.part().apply(reference.after());
        assertThat(done.toString()).as("the entry after an uninterrupted `check`")
                .contains("\"completed\":true", "\"notes\":\"after\"", "\"difficulty_rating\":5",
                        "\"satisfaction_rating\":5");
        assertThat(done.has("skip_reason") || done.path("obstacles").size() > 0).as("no reason or obstacle: %s", done)
                .isFalse();
        assertWhole(plan, rounds.run(plan, reference));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @Timeout(600)
    void killedSkipCheckInImportAndRestoreAreAllOrNothing() throws Exception {
        List<String> problems = new ArrayList<>();
        KillRounds rounds = rounds(2);

        KillRounds.Plan skip = new KillRounds.Plan("skip", List.of("skip", start.task(), "--reason", "too_tired",
                "--obstacle", "sick", "--obstacle", "travel", "--notes", "skipped after", "--date",
                start.skipDay().toString()), 1, 1, 2, 1, false, entry(start.skipDay()));
        problems.addAll(rounds.run(skip, rounds.reference(skip)));

        // A measured task's amount short of its target: the entry holds the amount and is not done, or is as it was.
        KillRounds.Plan measure = new KillRounds.Plan("check --amount", List.of("check", start.task(), "--amount",
                "12.5", "--date", start.measureDay().toString()), 1, 1, 2, 1, false, entry(start.measureDay()));
        KillRounds.Reference measured = rounds.reference(measure);
        assertThat(measure.part().apply(measured.after()).toString()).as("the entry after an uninterrupted check")
                .contains("\"amount\":12.5", "\"completed\":false");
        problems.addAll(rounds.run(measure, measured));

        KillRounds.Plan checkIn = new KillRounds.Plan("checkin", List.of("checkin", "--day-rating", "5", "--mood",
                "proud", "--date", start.checkInDay().toString()), 1, 1, 2, 1, false, null);
        problems.addAll(rounds.run(checkIn, rounds.reference(checkIn)));

        KillRounds.Plan importing = new KillRounds.Plan("import", List.of("import", start.importFile().toString()),
                1, 1, 2, 1, false, null);
        KillRounds.Reference imported = rounds.reference(importing);
        ExportedDocuments file = ExportedDocuments.read(start.importFile());
        for (String collection : ExportedDocuments.COLLECTIONS) {
            if (collection.equals("user_analytics")) {
                // Stored as the file has them (generated, not counted), exported as the days give them.
                assertThat(imported.after().collection(collection)).as("after an uninterrupted import, %s", collection)
                        .containsKeys(file.collection(collection).keySet().toArray(String[]::new));
                continue;
            }
            assertThat(imported.after().collection(collection)).as("after an uninterrupted import, %s", collection)
                    .containsAllEntriesOf(file.collection(collection));
        }
        problems.addAll(rounds.run(importing, imported));

        KillRounds.Plan restore = new KillRounds.Plan("restore", List.of("restore", start.backup().toString()), 1,
                1, 2, 1, false, null);
        KillRounds.Reference restored = rounds.reference(restore);
        assertThat(restored.after().differenceFrom(ExportedDocuments.read(start.backup()).stampedFrom(since)))
                .as("after an uninterrupted restore, the data is the backup's").isEmpty();
        assertThat(restored.after().differenceFrom(before)).as("the restore changes something").isNotEmpty();
        problems.addAll(rounds.run(restore, restored));

        assertThat(problems).as("seed %d: every killed skip, check --amount, checkin, import and restore leaves the "
                + "data as before or as after, and a folder that works", SEED).isEmpty();
    }

    private KillRounds rounds(long stream) {
        return new KillRounds(rune, work, start, before, since, SEED + stream, started);
    }

    private static void assertWhole(KillRounds.Plan plan, List<String> problems) {
        assertThat(problems).as("seed %d: every killed `%s` leaves the data as before or as after, and a folder "
                + "that works", SEED, plan.name()).isEmpty();
    }

    /** The entry of the folder's task on {@code day}, as exported (missing if there is none). */
    private static Function<ExportedDocuments, JsonNode> entry(LocalDate day) {
        return documents -> documents.collection("daily_progress").values().stream()
                .filter(d -> d.path("user_id").asText().equals(start.user())
                        && d.path("date").asText().equals(day.toString()))
                .flatMap(d -> {
                    List<JsonNode> tasks = new ArrayList<>();
                    d.path("tasks").forEach(tasks::add);
                    return tasks.stream();
                })
                .filter(t -> t.path("task_id").asText().equals(start.task()))
                .findFirst().orElse(MissingNode.getInstance());
    }
}
