package app.rune.instance;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.support.ExportedDocuments;
import app.rune.support.FolderCopy;
import app.rune.support.HoldingAppProcess;
import app.rune.support.RawText;
import app.rune.support.RuneJar;
import app.rune.support.RuneProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running Rune takes over what other Rune processes ask on its data folder, as the built jar meets it: a
 * {@link app.rune.support.HoldingApp} child holds the folder with the real {@link InstanceServer} and performs
 * commands as the desktop app does ({@code ForwardedCommand.perform} on a lent session), and the real
 * {@code java -jar rune.jar} sends them. Each command run there must end as the same command run on its own
 * after the app quits (status, output, what is stored), or be refused whole; a client that is not a Rune (no
 * token, garbage, silence, another version) must not reach the app nor disturb the next real command; a socket
 * left by a killed app must not stop a command.
 *
 * <p>Each test works on its own copy of one folder seeded through the jar ({@code rune import}): the seed's
 * person, in UTC, with five approved tasks. Timings that matter are printed.
 */
@Timeout(300)
class RunningAppHandOverIT {
    private static final Duration QUICK = Duration.ofSeconds(20);

    @TempDir
    static Path work;

    private static RuneJar rune;
    private static Path seeded;
    private static Instant since;
    /** {@code rune today} on the seeded folder, run on its own. */
    private static RuneJar.Result todayAlone;
    private static final AtomicInteger TESTS = new AtomicInteger();

    private final List<HoldingAppProcess> holders = new ArrayList<>();
    private final List<RuneProcess> started = new ArrayList<>();
    private final List<SocketChannel> connections = new ArrayList<>();
    /** Where this test's holders listen. */
    private final List<Path> sockets = new ArrayList<>();
    private Path here;

    @BeforeAll
    static void seed() throws Exception {
        since = Instant.now();
        rune = RuneJar.built();
        Path file = work.resolve("seed.json");
        Files.writeString(file, TestData.json().writerWithDefaultPrettyPrinter().writeValueAsString(seedDocuments()));
        seeded = work.resolve("seeded");
        ok(rune.run(seeded, "import", file.toString()), "seeding the folder");
        // A copy must not look like a folder something holds.
        Files.deleteIfExists(seeded.resolve("rune.lock"));
        Files.deleteIfExists(seeded.resolve("rune.log"));
        todayAlone = ok(rune.run(FolderCopy.of(seeded, work.resolve("today-alone")), "today"), "today on its own");
        assertThat(todayAlone.out()).as("the seeded day").contains("task_1", "task_5").doesNotContain("[x]");
        System.out.printf("RunningAppHandOverIT: seeded; `today` run on its own took %d ms%n", todayAlone.millis());
    }

    /** The seed's person, in UTC (so their day is the same whatever the machine's zone), with five approved tasks. */
    private static ObjectNode seedDocuments() {
        ObjectNode tree = (ObjectNode) TestData.seedTree();
        ArrayNode tasks = (ArrayNode) tree.path("user_goals").get(0).path("daily_tasks");
        for (int i = 3; i <= 5; i++) {
            ObjectNode task = tasks.get(0).deepCopy();
            task.put("id", "task_" + i).put("title", "Task " + i).put("priority", i);
            tasks.add(task);
        }
        ((ObjectNode) tree.path("user_preferences").get(0).path("communication_style")).put("timezone", "UTC");
        ObjectNode context = (ObjectNode) tree.path("conversation_context").get(0);
        context.put("current_conversation_phase", "daily_tracking");
        context.putArray("pending_actions");
        return tree;
    }

    @BeforeEach
    void folderOfItsOwn(TestInfo test) throws IOException {
        // Short names: a folder's socket is in it only while its path is short (see the long-path tests).
        here = Files.createDirectories(work.resolve("t" + TESTS.incrementAndGet()));
        System.out.println("RunningAppHandOverIT: " + test.getTestMethod().orElseThrow().getName() + " (in "
                + here + ")");
    }

    @AfterEach
    void endLeftovers() throws Exception {
        for (SocketChannel connection : connections) {
            connection.close();
        }
        for (RuneProcess process : started) {
            process.kill();
        }
        for (HoldingAppProcess holder : holders) {
            holder.close();
        }
        // A holder killed after a failure leaves its socket; one in the temp folder is litter for the machine.
        for (Path socket : sockets) {
            if (socket.getParent().equals(Path.of(System.getProperty("java.io.tmpdir")))) {
                Files.deleteIfExists(socket);
            }
        }
    }

    // ---- The commands a person runs while the app is open ---------------------------------------------------

    @Test
    void todayWhileTheAppRunsPrintsWhatTodayPrintsOnItsOwn() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        List<Long> forwarded = new ArrayList<>();
        RuneJar.Result first = null;
        for (int i = 0; i < 3; i++) {
            RuneJar.Result result = rune.run(data, "today");
            assertThat(result.exit()).as("`today` handed to the app: %s", result.describe()).isZero();
            assertThat(result.err()).as("its standard error").isEmpty();
            first = first == null ? result : first;
            assertThat(result.out()).as("each `today` while the app runs").isEqualTo(first.out());
            forwarded.add(result.millis());
        }
        assertThat(app.count("handling")).as("the app performed each `today`: %s", app.lines()).isEqualTo(3);
        app.quit();

        List<Long> alone = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RuneJar.Result direct = ok(rune.run(data, "today"), "today after the app quit");
            assertThat(first.out()).as("`today` through the app and on its own").isEqualTo(direct.out());
            alone.add(direct.millis());
        }
        System.out.printf("  `today` through the running app: %s ms; on its own: %s ms%n", forwarded, alone);
    }

    @Test
    void checkWhileTheAppRunsIsStored() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        RuneJar.Result check = rune.run(data, "check", "task_3", "--notes", "through the app");
        assertThat(check.exit()).as("`check` handed to the app: %s", check.describe()).isZero();
        assertThat(check.out()).as("the day it prints").containsPattern("\\[x\\] task_3 ");
        assertThat(performed(app, "check")).as("the app performed it: %s", app.lines()).isEqualTo(1);
        app.quit();

        RuneJar.Result today = ok(rune.run(data, "today"), "today after the app quit");
        assertThat(today.out()).as("`today` on its own after the app quit").containsPattern("\\[x\\] task_3 ")
                .containsPattern("\\[ \\] task_1 ");
        assertThat(today.out()).as("the same day as the check printed").isEqualTo(check.out());
        System.out.printf("  `check` through the app: %d ms%n", check.millis());
    }

    @Test
    void aBrokenImportIsRefusedWithItsProblemsAndNothingChanges() throws Exception {
        Path data = copy("data");
        ExportedDocuments before = export(data, "before");
        Path broken = here.resolve("broken.json");
        ObjectNode tree = (ObjectNode) TestData.seedTree();
        ObjectNode entry = (ObjectNode) tree.path("daily_progress").get(0).path("tasks").get(0);
        entry.put("difficulty_rating", 9);
        entry.put("notes", "imported");
        ((ObjectNode) tree.path("daily_progress").get(0)).put("surprise", true);
        Files.writeString(broken, tree.toString());

        HoldingAppProcess app = hold(data);
        RuneJar.Result forwarded = rune.run(data, "import", broken.toString());
        assertThat(performed(app, "import")).as("the app performed it: %s", app.lines()).isEqualTo(1);
        app.quit();
        RuneJar.Result alone = rune.run(data, "import", broken.toString());

        assertThat(forwarded.exit()).as("the broken import through the app: %s", forwarded.describe()).isEqualTo(2);
        assertThat(forwarded.err()).as("what it says").contains("nothing was imported", "difficulty_rating",
                "surprise");
        assertThat(RawText.in(forwarded.err())).as("no stack trace or library words").isEmpty();
        assertThat(List.of(forwarded.exit(), forwarded.out(), forwarded.err()))
                .as("the broken import through the app and on its own")
                .isEqualTo(List.of(alone.exit(), alone.out(), alone.err()));
        assertThat(export(data, "after").differenceFrom(before)).as("what the refused imports changed").isEmpty();
    }

    @Test
    void exportToStandardOutputIsTheExportOnItsOwn() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        RuneJar.Result forwarded = rune.run(data, "export");
        assertThat(forwarded.exit()).as("`export` through the app: %s", forwarded.describe()).isZero();
        assertThat(performed(app, "export")).as("the app performed it: %s", app.lines()).isEqualTo(1);
        app.quit();
        RuneJar.Result alone = ok(rune.run(data, "export"), "export on its own");
        RuneJar.Result again = ok(rune.run(data, "export"), "export on its own again");

        // The analytics are exported as of the moment: their last_updated is the only time an export stamps.
        assertThat(unstamped(alone.out())).as("two exports on their own (is the export deterministic?)")
                .isEqualTo(unstamped(again.out()));
        assertThat(forwarded.out()).as("an export through the app").contains("\"user_goals\"", "task_5");
        assertThat(unstamped(forwarded.out())).as("the export through the app, byte for byte but its time stamps")
                .isEqualTo(unstamped(alone.out()));
        assertThat(forwarded.out().length()).isEqualTo(alone.out().length());
        System.out.printf("  `export` through the app: %d ms (%d characters); on its own %d ms%n",
                forwarded.millis(), forwarded.out().length(), alone.millis());
    }

    @Test
    void anExportOfYearsThroughTheAppIsTheExportOnItsOwn() throws Exception {
        Path data = copy("data");
        Path years = here.resolve("years.json");
        Files.writeString(years, yearsOfDays(8000));
        ok(rune.run(data, "import", years.toString()), "import of years");
        HoldingAppProcess app = hold(data);
        RuneJar.Result forwarded = rune.run(data, "export");
        assertThat(forwarded.exit()).as("`export` of years through the app: %s", forwarded.describe()).isZero();
        app.quit();
        RuneJar.Result alone = ok(rune.run(data, "export"), "export of years on its own");
        System.out.printf("  an export of %,d characters: through the app %d ms, on its own %d ms%n",
                alone.out().length(), forwarded.millis(), alone.millis());
        assertThat(alone.out().length()).as("an export larger than any socket buffer").isGreaterThan(5_000_000);
        assertThat(unstamped(forwarded.out()).equals(unstamped(alone.out())))
                .as("the export of years through the app, byte for byte but its time stamps").isTrue();
    }

    @Test
    void exportToARelativePathWritesInTheCommandsWorkingFolder() throws Exception {
        Path data = copy("data");
        Path elsewhere = Files.createDirectories(here.resolve("elsewhere"));
        HoldingAppProcess app = hold(data);
        RuneJar.Result forwarded = rune.runIn(elsewhere, Map.of(), "--data-dir", data.toString(), "export",
                "out.json");
        assertThat(forwarded.exit()).as("`export out.json` through the app: %s", forwarded.describe()).isZero();
        assertThat(app.count("handling")).as("the app performed it: %s", app.lines()).isEqualTo(1);
        assertThat(elsewhere.resolve("out.json")).as("the file, in the command's working folder").isRegularFile();
        Path appsFolder = Path.of("").toAbsolutePath();
        assertThat(appsFolder.resolve("out.json")).as("the app's working folder").doesNotExist();
        assertThat(data.resolve("out.json")).as("the data folder").doesNotExist();
        assertThat(forwarded.out()).as("what it says").startsWith("Exported ").contains("out.json");
        app.quit();

        RuneJar.Result alone = ok(rune.runIn(elsewhere, Map.of(), "--data-dir", data.toString(), "export",
                "alone.json"), "export to a relative path on its own");
        assertThat(ExportedDocuments.read(elsewhere.resolve("out.json")).stampedFrom(since)
                .differenceFrom(ExportedDocuments.read(elsewhere.resolve("alone.json")).stampedFrom(since)))
                .as("the file the app wrote and the one written on its own").isEmpty();
        System.out.printf("  through the app it says \"%s\"; on its own \"%s\"%n", forwarded.out().strip(),
                alone.out().strip());
    }

    @Test
    void aSecondLaunchBringsTheRunningWindowForwardAndEnds() throws Exception {
        Path data = copy("data");
        Map<String, String> noDisplay = noDisplay();
        HoldingAppProcess app = hold(data);
        RuneJar.Result second = rune.runIn(here, noDisplay, "--data-dir", data.toString());
        assertThat(second.exit()).as("a second launch, with no display to open a window on: %s", second.describe())
                .isZero();
        assertThat(second.err()).as("what it says").isEmpty();
        assertThat(app.awaitLine("shown", Duration.ofSeconds(5))).as("the running app was asked to show its window: %s",
                app.lines()).isTrue();
        assertThat(app.count("handling")).as("no command reached the app").isZero();
        System.out.printf("  a second launch ended after %d ms%n", second.millis());
        assertThat(second.millis()).as("a second launch ends quickly").isLessThan(QUICK.toMillis());
        app.quit();

        // The control: without a running app, the same launch tries to open its window and cannot.
        RuneJar.Result alone = rune.runIn(here, noDisplay, "--data-dir", data.toString());
        assertThat(alone.exit()).as("the same launch with no app running: %s", alone.describe()).isNotZero();
        System.out.printf("  with no app running, the launch ended with %d after %d ms: %s%n", alone.exit(),
                alone.millis(), RuneJar.Result.head(alone.err()));
    }

    @Test
    void aSecondLaunchWhileACommandRunsStillBringsTheWindowForward() throws Exception {
        Path data = copy("data");
        Path big = here.resolve("years.json");
        Files.writeString(big, yearsOfDays(8000));
        HoldingAppProcess app = hold(data);
        RuneProcess importing = start(data, List.of("import", big.toString()));
        assertThat(app.awaitLine("handling", Duration.ofSeconds(60))).as("the import reached the app").isTrue();
        RuneJar.Result second = rune.runIn(here, noDisplay(), "--data-dir", data.toString());
        boolean importStillRan = app.count("handled") == 0;
        System.out.printf("  a second launch during an import ended with %d after %d ms (the import %s): %s%n",
                second.exit(), second.millis(), importStillRan ? "still ran" : "had ended",
                RuneJar.Result.head(second.err()));
        assertThat(importStillRan).as("the import still ran when the launch ended (a bigger file is needed)")
                .isTrue();
        assertThat(second.exit()).as("a second launch while the app imports: %s", second.describe()).isZero();
        assertThat(app.count("shown")).as("the window was brought forward: %s", app.lines()).isEqualTo(1);
        assertThat(rune.finish(importing).exit()).isZero();
        app.quit();
    }

    @Test
    void twentyCommandsAtOnceAreAllPerformedAsIfOneAfterAnother() throws Exception {
        Path data = copy("data");
        Path reference = copy("reference");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<List<String>> commands = new ArrayList<>();
        int changes = 0;
        for (int i = 0; i < 20; i++) {
            if (i % 4 == 3) {
                commands.add(List.of("today", "--date", today.minusDays(i % 3).toString()));
                continue;
            }
            // A task and a day of its own each: the order they run in does not change what they leave.
            String task = "task_" + (1 + changes % 5);
            String date = today.minusDays(changes / 5).toString();
            commands.add(changes % 2 == 0 ? List.of("check", task, "--date", date, "--notes", "note " + i)
                    : List.of("skip", task, "--date", date, "--reason", "reason " + i));
            changes++;
        }
        HoldingAppProcess app = hold(data);
        long start = System.nanoTime();
        List<RuneProcess> running = new ArrayList<>();
        for (List<String> command : commands) {
            running.add(start(data, command));
        }
        List<RuneJar.Result> results = new ArrayList<>();
        for (RuneProcess process : running) {
            results.add(rune.finish(process));
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        for (RuneJar.Result result : results) {
            assertThat(result.exit()).as("`%s` among 20 at once: %s", result.command(), result.describe()).isZero();
            assertThat(result.out()).as("`%s` prints its day", result.command()).contains(" — user_id");
        }
        assertThat(app.count("handling")).as("each performed by the app once: %s", app.lines()).isEqualTo(20);
        assertThat(app.count("handled 0")).isEqualTo(20);
        app.quit();

        // One by one in the order the app took them: a day lists its tasks in the order they were first written.
        List<List<String>> taken = new ArrayList<>();
        for (String line : app.lines()) {
            commands.stream().filter(c -> line.equals("handling --data-dir " + data + " " + String.join(" ", c)))
                    .findFirst().ifPresent(taken::add);
        }
        assertThat(taken).as("the commands in the order the app took them").containsExactlyInAnyOrderElementsOf(
                commands);
        System.out.println("  the app took them in this order: " + taken.stream().map(c -> c.get(0) + " "
                + c.get(1)).toList());
        long oneByOne = System.nanoTime();
        for (List<String> command : taken) {
            ok(rune.run(reference, command.toArray(String[]::new)), "one by one: " + command);
        }
        System.out.printf("  20 commands at once through the app: %d ms; one by one on their own: %d ms%n", millis,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - oneByOne));
        Map<String, Map<String, JsonNode>> after = byKey(export(data, "after"));
        assertThat(differences(after, byKey(export(reference, "reference"))))
                .as("the data after 20 at once, and after the same one by one").isEmpty();
        assertThat(after.get("daily_progress")).as("the days the commands wrote").hasSize(4);
    }

    // ---- Clients that are not a Rune ----------------------------------------------------------------------

    @Test
    void aClientThatSpeaksTheProtocolWithTheTokenIsAnswered() throws Exception {
        // The control for the hostile clients below: the same hand-made bytes, right, get the app's answer.
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        byte[] reply = exchange(data, request(Protocol.VERSION, token(data), "COMMAND", here.toString(),
                data.toString(), List.of("today")), Duration.ofSeconds(30));
        Answer answer = Answer.of(reply);
        assertThat(answer.status()).as("a hand-made request for `today`: %s", answer).isZero();
        assertThat(answer.out()).isEqualTo(todayAlone(answer.out()));
        byte[] shown = exchange(data, request(Protocol.VERSION, token(data), "SHOW", here.toString(),
                data.toString(), List.of()), Duration.ofSeconds(30));
        assertThat(Answer.of(shown).status()).isZero();
        assertThat(app.awaitLine("shown", Duration.ofSeconds(5))).as("a hand-made SHOW").isTrue();
        app.quit();
    }

    @Test
    void garbageIsDroppedWithoutReachingTheApp() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        long start = System.nanoTime();
        byte[] http = exchange(data, "GET / HTTP/1.1\r\nHost: rune\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                Duration.ofSeconds(10));
        assertThat(http).as("the answer to an HTTP request").isEmpty();
        long httpMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        // Version 1 and then nonsense: the message is not one Rune understands.
        ByteArrayOutputStream nonsense = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(nonsense);
        out.writeInt(1);
        out.writeInt(Integer.MAX_VALUE);
        out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(exchange(data, framed(nonsense.toByteArray()), Duration.ofSeconds(10)))
                .as("the answer to version 1 and nonsense").isEmpty();

        // The right token and a kind that does not exist, and a negative number of arguments.
        assertThat(exchange(data, request(1, token(data), "DELETE", here.toString(), data.toString(), List.of("x")),
                Duration.ofSeconds(10))).as("the answer to an unknown kind").isEmpty();
        byte[] negative = request(1, token(data), "COMMAND", here.toString(), data.toString(), List.of());
        ByteBuffer.wrap(negative).putInt(negative.length - 4, -5);
        assertThat(exchange(data, negative, Duration.ofSeconds(10))).as("the answer to -5 arguments").isEmpty();
        byte[] tooMany = request(1, token(data), "COMMAND", here.toString(), data.toString(), List.of("today"));
        ByteBuffer.wrap(tooMany).putInt(tooMany.length - 4 - 4 - "today".length(), 100_000);
        assertThat(exchange(data, tooMany, Duration.ofSeconds(10))).as("the answer to 100,000 arguments in a few "
                + "bytes").isEmpty();

        // Random bytes whose first four read as a small length: a version that is not Rune's.
        byte[] random = new byte[64];
        new java.util.Random(7).nextBytes(random);
        random[0] = 0;
        random[1] = 0;
        random[2] = 0;
        random[3] = 60;
        random[4] = (byte) 0xDE;
        Answer other = Answer.of(exchange(data, random, Duration.ofSeconds(10)));
        assertThat(other.status()).as("random bytes that frame: %s", other).isEqualTo(3);

        System.out.printf("  an HTTP request was dropped after %d ms%n", httpMillis);
        assertThat(app.count("handling")).as("nothing reached the app: %s", app.lines()).isZero();
        assertStillAnswers(app, data, 1);
    }

    @Test
    void aLengthOverTheLimitIsDroppedAtOnce() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        byte[] prefix = ByteBuffer.allocate(12).putInt(Protocol.MAX_REQUEST_BYTES + 1).putInt(1).putInt(64).array();
        long start = System.nanoTime();
        assertThat(exchange(data, prefix, Duration.ofSeconds(10))).as("the answer to a 1 MiB + 1 length").isEmpty();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("  a length over the limit was dropped after %d ms%n", millis);
        assertThat(millis).as("dropped on reading the length, not after the request time").isLessThan(3000);

        byte[] huge = ByteBuffer.allocate(4).putInt(-1).array();
        assertThat(exchange(data, huge, Duration.ofSeconds(10))).as("the answer to a length of 2^32-1").isEmpty();

        // A whole request just over the limit, sent in full (the app must not read it to the end).
        byte[] over = request(1, token(data), "COMMAND", here.toString(), data.toString(),
                List.of("today", "--user", "x".repeat(Protocol.MAX_REQUEST_BYTES)));
        assertThat(exchange(data, over, Duration.ofSeconds(10))).as("the answer to a request over 1 MiB").isEmpty();
        assertThat(app.count("handling")).as("nothing reached the app").isZero();
        assertStillAnswers(app, data, 1);
    }

    @Test
    void aClientThatSaysNothingIsCutOffWithoutHoldingUpOthers() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        long start = System.nanoTime();
        SocketChannel silent = connect(data);
        CompletableFuture<Long> silentClosed = whenClosed(silent, start);
        // And one that stops halfway through its request.
        long halfwayStart = System.nanoTime();
        SocketChannel halfway = connect(data);
        halfway.write(ByteBuffer.wrap(Arrays.copyOf(request(1, token(data), "COMMAND", here.toString(),
                data.toString(), List.of("today")), 20)));
        CompletableFuture<Long> halfwayClosed = whenClosed(halfway, halfwayStart);

        RuneJar.Result today = rune.run(data, "today");
        long todayMillis = today.millis();
        assertThat(today.exit()).as("`today` beside a silent client: %s", today.describe()).isZero();
        assertThat(today.out()).isEqualTo(todayAlone(today.out()));
        if (todayMillis < InstanceServer.REQUEST_TIME.toMillis() - 1000) {
            assertThat(silentClosed.isDone() || halfwayClosed.isDone()).as("either cut off while `today` ran")
                    .isFalse();
        }
        long silentMillis = silentClosed.get(20, TimeUnit.SECONDS);
        long halfwayMillis = halfwayClosed.get(20, TimeUnit.SECONDS);
        System.out.printf("  `today` beside a silent client: %d ms; the silent one cut off %d ms after it connected,"
                + " the one that stopped halfway %d ms%n", todayMillis, silentMillis, halfwayMillis);
        assertThat(silentMillis).as("the silent client is cut off after the request time")
                .isBetween(InstanceServer.REQUEST_TIME.toMillis() - 1500, InstanceServer.REQUEST_TIME.toMillis() + 8000);
        assertThat(halfwayMillis).as("so is one that stops halfway")
                .isBetween(InstanceServer.REQUEST_TIME.toMillis() - 1500, InstanceServer.REQUEST_TIME.toMillis() + 8000);
        assertThat(app.count("handling")).as("only the real `today` reached the app").isEqualTo(1);
        assertThat(app.isAlive()).isTrue();
    }

    @Test
    void moreSilentClientsThanReadersOnlyDelayARealCommand() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        for (int i = 0; i < 12; i++) {
            connect(data);
        }
        RuneJar.Result today = rune.run(data, "today");
        System.out.printf("  `today` behind 12 silent clients: %d ms%n", today.millis());
        assertThat(today.exit()).as("`today` behind 12 silent clients: %s", today.describe()).isZero();
        assertThat(today.out()).isEqualTo(todayAlone(today.out()));
        assertThat(app.count("handling")).isEqualTo(1);
        assertStillAnswers(app, data, 2);
    }

    @Test
    void aRequestWithoutTheTokenIsDropped() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        String right = token(data);
        String wrong = (right.charAt(0) == 'a' ? "b" : "a") + right.substring(1);
        for (String token : List.of(wrong, "", right.substring(0, 63), right + "0", right.toUpperCase())) {
            if (token.equals(right)) {
                continue;
            }
            byte[] reply = exchange(data, request(1, token, "COMMAND", here.toString(), data.toString(),
                    List.of("check", "task_1")), Duration.ofSeconds(10));
            assertThat(reply).as("the answer to token \"%s\"", token).isEmpty();
            assertThat(exchange(data, request(1, token, "SHOW", here.toString(), data.toString(), List.of()),
                    Duration.ofSeconds(10))).as("the answer to SHOW with token \"%s\"", token).isEmpty();
        }
        assertThat(app.count("handling")).as("nothing reached the app: %s", app.lines()).isZero();
        assertThat(app.count("shown")).as("no window was shown").isZero();
        assertStillAnswers(app, data, 1);
        app.quit();
        String todayNow = rune.run(data, "today").out();
        assertThat(todayNow).as("no task was checked").isEqualTo(todayAlone(todayNow));
    }

    @Test
    void anotherVersionIsToldToQuitTheRunningRuneFirst() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        for (int version : List.of(2, 0, -1, 1 << 24)) {
            Answer answer = Answer.of(exchange(data, request(version, token(data), "COMMAND", here.toString(),
                    data.toString(), List.of("check", "task_1")), Duration.ofSeconds(10)));
            assertThat(answer.version()).as("the version it answers in").isEqualTo(Protocol.VERSION);
            assertThat(answer.status()).as("the answer to version %d: %s", version, answer).isEqualTo(3);
            assertThat(answer.err()).as("what it says to version %d", version)
                    .contains("quit the running Rune first", "version " + Protocol.VERSION);
        }
        assertThat(app.count("handling")).as("nothing reached the app").isZero();
        assertStillAnswers(app, data, 1);
    }

    // ---- An app that is gone, and the files it listens through --------------------------------------------

    @Test
    void aSocketLeftByAKilledAppDoesNotStopACommand() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        app.kill();
        assertThat(new InstanceChannel(data).socket()).as("the killed app's socket").exists();
        assertThat(data.resolve("rune.token")).as("the killed app's token").exists();
        RuneJar.Result today = rune.run(data, "today");
        System.out.printf("  `today` past a dead app's socket: %d ms%n", today.millis());
        assertThat(today.exit()).as("`today` past a dead app's socket: %s", today.describe()).isZero();
        assertThat(today.out()).isEqualTo(todayAlone(today.out()));
        assertThat(today.millis()).as("it does not wait for the dead app").isLessThan(QUICK.toMillis());
        RuneJar.Result check = rune.run(data, "check", "task_2");
        assertThat(check.exit()).as("a change past it: %s", check.describe()).isZero();

        // A new app on the folder replaces them, and answers.
        HoldingAppProcess again = hold(data);
        RuneJar.Result forwarded = rune.run(data, "today");
        assertThat(forwarded.exit()).isZero();
        assertThat(forwarded.out()).containsPattern("\\[x\\] task_2 ");
        assertThat(again.count("handling")).isEqualTo(1);
        again.quit();
    }

    @Test
    void theSocketAndTokenAreTheOwnersOnlyAndGoWithTheApp() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        Path socket = data.resolve(InstanceChannel.SOCKET);
        Path token = data.resolve(InstanceChannel.TOKEN);
        assertThat(new InstanceChannel(data).socket()).as("a folder with a short path has its socket").isEqualTo(
                socket);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).as("rune.sock")
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).as("rune.token")
                .isEqualTo("rw-------");
        assertThat(Files.readString(token)).as("the token").matches("[0-9a-f]{64}");
        assertThat(data.resolve("rune.token.part")).doesNotExist();
        String first = Files.readString(token);
        app.quit();
        assertThat(socket).as("the socket after the app quit").doesNotExist();
        assertThat(token).as("the token after the app quit").doesNotExist();
        HoldingAppProcess again = hold(data);
        assertThat(Files.readString(token)).as("the next app's token").isNotEqualTo(first);
        again.quit();
    }

    // ---- Attacks: how a person may name the folder, odd arguments, failures, restore, quitting -----------------

    @Test
    void aRelativeDataFolderIsHandedOver() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        RuneJar.Result today = rune.runIn(here, Map.of(), "--data-dir", "data", "today");
        assertThat(today.exit()).as("`--data-dir data today` from the folder above: %s", today.describe()).isZero();
        assertThat(today.out()).isEqualTo(todayAlone(today.out()));
        Path below = Files.createDirectories(here.resolve("below"));
        RuneJar.Result check = rune.runIn(below, Map.of(), "--data-dir", "../data/./", "check", "task_2");
        assertThat(check.exit()).as("`--data-dir ../data/./ check` from a folder beside it: %s", check.describe())
                .isZero();
        assertThat(app.count("handling")).as("both performed by the app: %s", app.lines()).isEqualTo(2);
        app.quit();
        assertThat(rune.run(data, "today").out()).containsPattern("\\[x\\] task_2 ");
    }

    @Test
    void theDataFolderFromTheEnvironmentIsHandedOver() throws Exception {
        Path data = copy("data");
        HoldingAppProcess app = hold(data);
        RuneJar.Result absolute = rune.runIn(here, Map.of("RUNE_DATA_DIR", data.toString()), "today");
        assertThat(absolute.exit()).as("`today` with RUNE_DATA_DIR: %s", absolute.describe()).isZero();
        assertThat(absolute.out()).isEqualTo(todayAlone(absolute.out()));
        Path below = Files.createDirectories(here.resolve("below"));
        RuneJar.Result relative = rune.runIn(below, Map.of("RUNE_DATA_DIR", "../data"), "check", "task_5");
        assertThat(relative.exit()).as("`check` with a relative RUNE_DATA_DIR: %s", relative.describe()).isZero();
        assertThat(app.count("handling")).as("both performed by the app: %s", app.lines()).isEqualTo(2);
        app.quit();
        assertThat(rune.run(data, "today").out()).containsPattern("\\[x\\] task_5 ");
    }

    @Test
    void foldersWithSpacesAndAccentsAreHandedOver() throws Exception {
        Path data = FolderCopy.of(seeded, here.resolve("my data \u00e9t\u00e9 \uD83D\uDE00"));
        Path working = Files.createDirectories(here.resolve("w\u00f6rk dir"));
        HoldingAppProcess app = hold(data);
        RuneJar.Result today = rune.runIn(working, Map.of(), "--data-dir", data.toString(), "today");
        assertThat(today.exit()).as("`today` on a folder with spaces and accents: %s", today.describe()).isZero();
        assertThat(today.out()).isEqualTo(todayAlone(today.out()));
        RuneJar.Result export = rune.runIn(working, Map.of(), "--data-dir", data.toString(), "export",
                "r\u00e9sum\u00e9 \u00e0.json");
        assertThat(export.exit()).as("export to a file with an accent: %s", export.describe()).isZero();
        assertThat(working.resolve("r\u00e9sum\u00e9 \u00e0.json")).isRegularFile();
        assertThat(app.count("handling")).isEqualTo(2);
        app.quit();
    }

    @Test
    void aDataFolderNamedThroughALinkIsHandedOver() throws Exception {
        Path data = copy("data");
        Path link = Files.createSymbolicLink(here.resolve("link"), data);
        HoldingAppProcess app = hold(data);
        RuneJar.Result today = rune.run(link, "today");
        assertThat(today.exit()).as("`today` on the folder through a link: %s", today.describe()).isZero();
        assertThat(today.out()).isEqualTo(todayAlone(today.out()));
        assertThat(app.count("handling")).isEqualTo(1);
        app.quit();

        // And the other way round: the app opened through the link, the command names the folder itself.
        HoldingAppProcess linked = hold(link);
        RuneJar.Result direct = rune.run(data, "today");
        assertThat(direct.exit()).as("`today` on the folder an app opened through a link: %s", direct.describe())
                .isZero();
        assertThat(linked.count("handling")).isEqualTo(1);
        linked.quit();
    }

    @Test
    void aFolderWithALongPathIsReachedThroughItsSocketInTheTempFolder() throws Exception {
        Path data = FolderCopy.of(seeded, longFolder().resolve("data"));
        HoldingAppProcess app = hold(data);
        Path socket = new InstanceChannel(data).socket();
        // In the temp folder, inside a folder that is this user's alone: no other user can take the socket's name.
        assertThat(socket.getParent().getParent()).as("the socket of a folder %d bytes long", data.toString().length())
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(socket.getParent().getFileName().toString()).startsWith("rune-");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
                .isEqualTo("rwx------");
        assertThat(Files.getOwner(socket.getParent())).isEqualTo(Files.getOwner(data));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
        RuneJar.Result today = rune.run(data, "today");
        assertThat(today.exit()).as("`today` on a folder with a long path: %s", today.describe()).isZero();
        assertThat(today.out()).isEqualTo(todayAlone(today.out()));
        assertThat(app.count("handling")).isEqualTo(1);
        app.quit();
        assertThat(socket).as("the temp socket after the app quit").doesNotExist();
    }

    @Test
    void aFolderWithALongPathNamedThroughAShortLinkIsHandedOver() throws Exception {
        Path data = FolderCopy.of(seeded, longFolder().resolve("data"));
        Path link = Files.createSymbolicLink(here.resolve("short"), data);
        HoldingAppProcess app = hold(data);
        RuneJar.Result today = rune.run(link, "today");
        assertThat(today.exit()).as("`today` through a short link to a folder with a long path: %s",
                today.describe()).isZero();
        assertThat(today.out()).isEqualTo(todayAlone(today.out()));
        assertThat(app.count("handling")).isEqualTo(1);
        app.quit();

        // And an app opened through the short link, asked on the long path.
        HoldingAppProcess linked = hold(link);
        RuneJar.Result direct = rune.run(data, "today");
        assertThat(direct.exit()).as("`today` on a long path whose app opened it through a short link: %s",
                direct.describe()).isZero();
        assertThat(linked.count("handling")).isEqualTo(1);
        linked.quit();

        // And a folder with a short path named through a long one.
        Path plain = copy("plain");
        Path longLink = Files.createSymbolicLink(longFolder().resolve("link"), plain);
        HoldingAppProcess plainApp = hold(plain);
        RuneJar.Result throughLong = rune.run(longLink, "today");
        assertThat(throughLong.exit()).as("`today` through a long link to a folder with a short path: %s",
                throughLong.describe()).isZero();
        assertThat(plainApp.count("handling")).isEqualTo(1);
        plainApp.quit();
    }

    @Test
    void failuresInsideTheAppEndAsTheyDoOnTheirOwn() throws Exception {
        Path data = copy("data");
        Path missing = here.resolve("missing.json");
        List<List<String>> commands = List.of(
                List.of("check", "no_such_task"),
                List.of("today", "--user", "nobody"),
                List.of("check", "task_1", "--date", "2999-01-01"),
                List.of("skip", "task_1", "--reason", "x", "--obstacle", "_id"),
                List.of("checkin", "--day-rating", "9"),
                List.of("stats", "--user", "nobody"),
                List.of("import", missing.toString()),
                List.of("import", here.toString()),
                List.of("restore", missing.toString()),
                List.of("export", here.resolve("no-such-folder").resolve("x.json").toString()),
                List.of("check", "\u001b]0;pwned\u0007\u202e\u0085\ttab"),
                List.of("today", "--user", "\u001b[2J\u001b[31mred"));
        HoldingAppProcess app = hold(data);
        List<RuneJar.Result> forwarded = new ArrayList<>();
        for (List<String> command : commands) {
            forwarded.add(rune.run(data, command.toArray(String[]::new)));
        }
        assertThat(app.count("handling")).as("each performed by the app: %s", app.lines()).isEqualTo(commands.size());
        app.quit();
        for (int i = 0; i < commands.size(); i++) {
            RuneJar.Result through = forwarded.get(i);
            RuneJar.Result alone = rune.run(data, commands.get(i).toArray(String[]::new));
            System.out.printf("  %s: %d, %s%n", commands.get(i).get(0), through.exit(), RuneJar.Result.head(
                    through.err()));
            assertThat(through.exit()).as("`%s` through the app: %s", commands.get(i), through.describe())
                    .isNotZero();
            assertThat(List.of(through.exit(), through.out(), through.err()))
                    .as("`%s` through the app and on its own", commands.get(i))
                    .isEqualTo(List.of(alone.exit(), alone.out(), alone.err()));
            assertThat(through.out() + through.err()).as("what `%s` printed", commands.get(i))
                    .doesNotContain("\u001b", "\u0007", "\u202e", "\u0085");
            assertThat(RawText.in(through.err())).as("no stack trace or library words").isEmpty();
        }
        assertThat(export(data, "after").differenceFrom(export(copy("untouched"), "untouched")))
                .as("what the failed commands changed").isEmpty();
    }

    @Test
    void textWithControlCharactersIsStoredAndShownAsOnItsOwn() throws Exception {
        Path data = copy("data");
        Path reference = copy("reference");
        String date = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String[] skip = {"skip", "task_1", "--date", date, "--reason", "bell\u0007 esc\u001b[2J rtl\u202e",
            "--notes", "two\nlines\r\tand \uD83D\uDE00", "--obstacle", "über"};
        HoldingAppProcess app = hold(data);
        RuneJar.Result through = rune.run(data, skip);
        app.quit();
        RuneJar.Result alone = rune.run(reference, skip);
        assertThat(through.exit()).as("the skip through the app: %s", through.describe()).isZero();
        assertThat(List.of(through.exit(), through.out(), through.err())).as("through the app and on its own")
                .isEqualTo(List.of(alone.exit(), alone.out(), alone.err()));
        assertThat(through.out()).doesNotContain("\u001b", "\u0007").contains("\\u001B", "über");
        assertThat(differences(byKey(export(data, "after")), byKey(export(reference, "reference"))))
                .as("the data after the command through the app, and on its own").isEmpty();
    }

    @Test
    void aCommandLineOfThousandsOfArgumentsIsHandedOver() throws Exception {
        Path data = copy("data");
        Path reference = copy("reference");
        List<String> skip = new ArrayList<>(List.of("skip", "task_1", "--date",
                LocalDate.now(ZoneOffset.UTC).minusDays(2).toString(), "--reason", "many"));
        for (int i = 0; i < 2100; i++) {
            skip.add("--obstacle");
            skip.add("o" + i);
        }
        HoldingAppProcess app = hold(data);
        RuneJar.Result through = rune.run(data, skip.toArray(String[]::new));
        app.quit();
        RuneJar.Result alone = rune.run(reference, skip.toArray(String[]::new));
        System.out.printf("  `skip` with %d arguments: through the app %d in %d ms, on its own %d in %d ms%n",
                skip.size() + 2, through.exit(), through.millis(), alone.exit(), alone.millis());
        assertThat(alone.exit()).as("on its own: %s", alone.describe()).isZero();
        assertThat(through.exit()).as("through the app: %s", through.describe()).isZero();
        assertThat(through.out()).isEqualTo(alone.out());
        assertThat(differences(byKey(export(data, "after")), byKey(export(reference, "reference"))))
                .as("the data after the command through the app, and on its own").isEmpty();
    }

    @Test
    void aCommandLineOverTheRequestLimitIsRefusedWhole() throws Exception {
        Path data = copy("data");
        List<String> skip = new ArrayList<>(List.of("skip", "task_1", "--reason", "long"));
        for (int i = 0; i < 1100; i++) {
            skip.add("--obstacle");
            skip.add(String.format("%04d", i) + "o".repeat(996));
        }
        ExportedDocuments before = export(data, "before");
        HoldingAppProcess app = hold(data);
        RuneJar.Result through = rune.run(data, skip.toArray(String[]::new));
        System.out.printf("  `skip` of %d bytes through the app: %d after %d ms: %s%n",
                skip.stream().mapToInt(String::length).sum(), through.exit(), through.millis(),
                RuneJar.Result.head(through.err()));
        assertThat(app.count("handling")).as("it did not reach the app").isZero();
        assertThat(through.exit()).as("a command line over the request limit: %s", through.describe()).isEqualTo(3);
        assertThat(through.err()).as("what it says").contains("Close it");
        app.quit();
        assertThat(export(data, "after").differenceFrom(before)).as("what it changed").isEmpty();
    }

    @Test
    void aRequestForAnotherFolderOrFromNowhereIsRefused() throws Exception {
        Path data = copy("data");
        Path other = here.resolve("other");
        HoldingAppProcess app = hold(data);
        Answer elsewhere = Answer.of(exchange(data, request(1, token(data), "COMMAND", here.toString(),
                other.toString(), List.of("today")), Duration.ofSeconds(30)));
        assertThat(elsewhere.status()).as("a request that names another data folder: %s", elsewhere).isEqualTo(2);
        assertThat(elsewhere.err()).contains("another data folder");
        Answer relative = Answer.of(exchange(data, request(1, token(data), "COMMAND", "relative/folder",
                data.toString(), List.of("today")), Duration.ofSeconds(30)));
        assertThat(relative.status()).as("a request from a relative working folder: %s", relative).isEqualTo(2);
        Answer otherArgs = Answer.of(exchange(data, request(1, token(data), "COMMAND", here.toString(),
                data.toString(), List.of("--data-dir", other.toString(), "check", "task_1")), Duration.ofSeconds(30)));
        assertThat(otherArgs.status()).as("a command line with another --data-dir: %s", otherArgs).isNotZero();
        assertThat(otherArgs.err()).contains("not on");
        assertThat(other).as("the other folder").doesNotExist();
        app.quit();
        String todayNow = rune.run(data, "today").out();
        assertThat(todayNow).as("nothing was checked").isEqualTo(todayAlone(todayNow));
    }

    @Test
    void restoreWhileTheAppRunsLeavesTheBackup() throws Exception {
        Path data = copy("data");
        Path backup = here.resolve("backup.json");
        ok(rune.run(data, "backup", backup.toString()), "backup");
        HoldingAppProcess app = hold(data);
        ok(rune.run(data, "check", "task_4"), "check through the app, after the backup");
        RuneJar.Result restore = rune.run(data, "restore", backup.toString());
        assertThat(restore.exit()).as("`restore` through the app: %s", restore.describe()).isZero();
        assertThat(restore.out()).as("what it says").contains("Restored ", "backed up in");
        RuneJar.Result today = rune.run(data, "today");
        assertThat(today.out()).as("`today` through the app after the restore").isEqualTo(todayAlone(today.out()));
        assertThat(app.count("handling")).isEqualTo(3);
        app.quit();
        assertThat(export(data, "after").differenceFrom(ExportedDocuments.read(backup).stampedFrom(since)))
                .as("the data after the restore, and the backup").isEmpty();
        String todayNow = rune.run(data, "today").out();
        assertThat(todayNow).isEqualTo(todayAlone(todayNow));
    }

    @Test
    void quittingWhileACommandRunsStillAnswersIt() throws Exception {
        Path data = copy("data");
        Path big = here.resolve("years.json");
        int days = 8000;
        Files.writeString(big, yearsOfDays(days));
        HoldingAppProcess app = hold(data);
        RuneProcess importing = start(data, List.of("import", big.toString()));
        assertThat(app.awaitLine("handling", Duration.ofSeconds(60))).as("the import reached the app").isTrue();
        Thread.sleep(300);
        assertThat(app.count("handled")).as("the import still runs when the app quits (a bigger file is needed)")
                .isZero();
        long quitting = System.nanoTime();
        int quit = app.quit(Duration.ofSeconds(90));
        RuneJar.Result result = rune.finish(importing);
        System.out.printf("  the app quit %d ms after it was asked, mid-import; the import ended with %d after %d ms:"
                + " %s%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - quitting), result.exit(),
                result.millis(), RuneJar.Result.head(result.out() + result.err()));
        assertThat(quit).as("the app's quit: %s", app.lines()).isZero();
        assertThat(app.lines().stream().map(line -> line.split(" ")[0]).toList()).as("what the app did")
                .containsSubsequence("handling", "handled", "closed");
        int stored = export(data, "after").collection("daily_progress").size();
        // Whole or refused: the app finished the import, so the command must say so, once.
        assertThat(stored).as("days stored").isEqualTo(days + 1);
        assertThat(result.exit()).as("the import the app finished as it quit: %s", result.describe()).isZero();
        assertThat(result.out()).contains("Imported " + days + " documents", "(" + days + " new, 0 replaced)");
    }

    /** {@code days} days of the seed's person, long ago, in one file to import. */
    private static String yearsOfDays(int days) {
        StringBuilder json = new StringBuilder("{\"user_goals\":[],\"user_preferences\":[],\"user_analytics\":[],"
                + "\"conversation_context\":[],\"daily_progress\":[");
        LocalDate first = LocalDate.of(1960, 1, 1);
        for (int i = 0; i < days; i++) {
            String date = first.plusDays(i).toString();
            json.append(i == 0 ? "" : ",").append("{\"_id\":\"day-").append(date)
                    .append("\",\"user_id\":\"user_id\",\"date\":\"").append(date).append("\",\"tasks\":[");
            for (int task = 1; task <= 5; task++) {
                json.append(task == 1 ? "" : ",").append("{\"task_id\":\"task_").append(task)
                        .append("\",\"task_title\":\"Task\",\"completed\":true,\"completion_time\":\"")
                        .append(date).append("T08:30:00Z\",\"notes\":\"").append("n".repeat(50))
                        .append("\",\"difficulty_rating\":3,\"satisfaction_rating\":4}");
            }
            json.append("],\"overall_day_rating\":4,\"mood_after_tasks\":\"ok\",\"check_in_time\":\"").append(date)
                    .append("T20:00:00Z\",\"created_at\":\"").append(date).append("T20:00:00Z\"}");
        }
        return json.append("]}").toString();
    }

    /** A folder whose path is too long for a socket (over 100 bytes) under this test's folder. */
    private Path longFolder() throws IOException {
        Path folder = here.resolve("a".repeat(60)).resolve("b".repeat(60));
        assertThat(folder.resolve("data").resolve("rune.sock").toString().length()).isGreaterThan(110);
        return Files.createDirectories(folder);
    }

    // ---- Helpers --------------------------------------------------------------------------------------------

    private Path copy(String name) throws IOException {
        return FolderCopy.of(seeded, here.resolve(name));
    }

    private HoldingAppProcess hold(Path data) throws Exception {
        sockets.add(new InstanceChannel(data).socket());
        HoldingAppProcess holder = HoldingAppProcess.start(data, here.resolve("holder-" + holders.size() + ".err"));
        holders.add(holder);
        return holder;
    }

    private RuneProcess start(Path data, List<String> args) throws IOException {
        RuneProcess process = rune.start(data, args.toArray(String[]::new));
        started.add(process);
        return process;
    }

    /** A direct export of {@code data}, its time stamps from the test on masked. */
    private ExportedDocuments export(Path data, String name) throws Exception {
        Path file = here.resolve(name + "-export.json");
        ok(rune.run(data, "export", file.toString()), "export " + name);
        return ExportedDocuments.read(file).stampedFrom(since);
    }

    /**
     * The documents by what identifies them for a person: a day by its user and date, whose {@code _id} is made
     * new (from the clock) by whichever command first writes the day; the rest by {@code _id}.
     */
    private static Map<String, Map<String, JsonNode>> byKey(ExportedDocuments documents) {
        Map<String, Map<String, JsonNode>> keyed = new TreeMap<>();
        for (String collection : ExportedDocuments.COLLECTIONS) {
            Map<String, JsonNode> byKey = new TreeMap<>();
            documents.collection(collection).forEach((id, document) -> {
                if (collection.equals("daily_progress")) {
                    ObjectNode day = document.deepCopy();
                    day.remove("_id");
                    byKey.put(day.path("user_id").asText() + " " + day.path("date").asText(), day);
                } else {
                    byKey.put(id, document);
                }
            });
            keyed.put(collection, byKey);
        }
        return keyed;
    }

    /** Each document {@code have} holds otherwise than {@code want}, with both. */
    private static List<String> differences(Map<String, Map<String, JsonNode>> have,
            Map<String, Map<String, JsonNode>> want) {
        List<String> found = new ArrayList<>();
        for (String collection : ExportedDocuments.COLLECTIONS) {
            Map<String, JsonNode> mine = have.getOrDefault(collection, Map.of());
            Map<String, JsonNode> theirs = want.getOrDefault(collection, Map.of());
            TreeMap<String, String> keys = new TreeMap<>();
            mine.keySet().forEach(k -> keys.put(k, k));
            theirs.keySet().forEach(k -> keys.put(k, k));
            for (String key : keys.keySet()) {
                if (!java.util.Objects.equals(mine.get(key), theirs.get(key))) {
                    found.add(collection + " " + key + ": " + mine.get(key) + "\n    expected " + theirs.get(key));
                }
            }
        }
        return found;
    }

    /** An export's text without the times stamped during the test. */
    private static String unstamped(String export) {
        String year = String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear());
        return export.replaceAll("\"" + year + "-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"", "\"(stamped)\"");
    }

    /** How many times the app started {@code command}. */
    private static long performed(HoldingAppProcess app, String command) {
        return app.lines().stream().filter(line -> line.startsWith("handling ")
                && List.of(line.split(" ")).contains(command)).count();
    }

    /**
     * What {@code rune today} prints run on its own on the seeded folder, taken again on a fresh copy when
     * {@code actual} is of another day: the suite can run past midnight, and every day's header has its date.
     */
    private static String todayAlone(String actual) throws IOException, InterruptedException {
        String firstLine = actual.lines().findFirst().orElse("");
        if (!firstLine.equals(todayAlone.out().lines().findFirst().orElse(""))) {
            todayAlone = ok(rune.run(FolderCopy.of(seeded, work.resolve("today-alone-" + System.nanoTime())),
                    "today"), "today on its own, again");
        }
        return todayAlone.out();
    }

    /** A real `rune today` still answers through the app, and is the {@code count}th command it performed. */
    private void assertStillAnswers(HoldingAppProcess app, Path data, int count) throws Exception {
        RuneJar.Result today = rune.run(data, "today");
        assertThat(today.exit()).as("a real `today` afterwards: %s", today.describe()).isZero();
        assertThat(today.out()).as("a real `today` afterwards").isEqualTo(todayAlone(today.out()));
        assertThat(app.count("handling")).as("the app performed it: %s", app.lines()).isEqualTo(count);
    }

    private static Map<String, String> noDisplay() {
        int display = 97;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + display))) {
            display++;
        }
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", ":" + display);
        env.put("WAYLAND_DISPLAY", null);
        return env;
    }

    private static String token(Path data) throws IOException {
        return Files.readString(data.resolve(InstanceChannel.TOKEN), StandardCharsets.US_ASCII).trim();
    }

    private SocketChannel connect(Path data) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        connections.add(channel);
        channel.connect(UnixDomainSocketAddress.of(new InstanceChannel(data).socket()));
        return channel;
    }

    /** Sends {@code bytes} and reads until the app closes the connection; what it sent back (empty: nothing). */
    private byte[] exchange(Path data, byte[] bytes, Duration limit) throws Exception {
        SocketChannel channel = connect(data);
        try {
            channel.write(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            // The app closed the connection before reading it all: what it sent back, if anything, is still read.
        }
        return readToEnd(channel, limit);
    }

    /**
     * Starts watching {@code channel}: the milliseconds from {@code start} until the app closes it, or -1 if it
     * sent anything first.
     */
    private static CompletableFuture<Long> whenClosed(SocketChannel channel, long start) {
        return CompletableFuture.supplyAsync(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(64);
            try {
                if (channel.read(buffer) >= 0) {
                    return -1L;
                }
            } catch (IOException e) {
                // Reset by the app: closed.
            }
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }, Executors.newSingleThreadExecutor());
    }

    private static byte[] readToEnd(SocketChannel channel, Duration limit) throws Exception {
        ExecutorService reading = Executors.newSingleThreadExecutor();
        try {
            Future<byte[]> read = reading.submit(() -> {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                ByteBuffer buffer = ByteBuffer.allocate(8192);
                try {
                    while (channel.read(buffer) >= 0) {
                        all.write(buffer.array(), 0, buffer.position());
                        buffer.clear();
                    }
                } catch (IOException e) {
                    // Reset by the app: the end.
                }
                return all.toByteArray();
            });
            try {
                return read.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                channel.close();
                throw new AssertionError("the app did not close the connection within " + limit.toSeconds() + " s");
            }
        } finally {
            reading.shutdownNow();
            channel.close();
        }
    }

    /** A request made by hand, as the protocol's documentation describes it (not with Rune's own writer). */
    private static byte[] request(int version, String token, String kind, String working, String folder,
            List<String> args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(version);
        for (String text : List.of(token, kind, working, folder)) {
            text(out, text);
        }
        out.writeInt(args.size());
        for (String arg : args) {
            text(out, arg);
        }
        return framed(bytes.toByteArray());
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static byte[] framed(byte[] message) {
        return ByteBuffer.allocate(4 + message.length).putInt(message.length).put(message).array();
    }

    /** A reply read by hand. */
    private record Answer(int version, int status, String out, String err) {
        static Answer of(byte[] bytes) throws IOException {
            assertThat(bytes).as("a reply").isNotEmpty();
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
            int length = in.readInt();
            assertThat(length).as("the reply's length").isEqualTo(bytes.length - 4);
            int version = in.readInt();
            int status = in.readInt();
            return new Answer(version, status, text(in), text(in));
        }

        private static String text(DataInputStream in) throws IOException {
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }
    }

    private static RuneJar.Result ok(RuneJar.Result result, String step) {
        assertThat(result.exit()).as("%s: %s", step, result.describe()).isZero();
        return result;
    }
}
