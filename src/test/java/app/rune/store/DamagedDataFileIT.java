package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.support.ExportedDocuments;
import app.rune.support.FolderCopy;
import app.rune.support.RawText;
import app.rune.support.RuneJar;
import app.rune.support.RuneProcess;
import app.rune.support.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the real jar does with a data file of months of history that was cut short or partly overwritten, as a
 * person would meet it: for each case, on a fresh copy of the folder, {@code rune export} either gives back every
 * document exactly (the file was read whole) or exits 4 with the damaged file kept byte for byte; never exit 0
 * with less, which is history lost without a word. Then {@code rune restore} of the newest backup works without
 * moving anything by hand, and still the damaged bytes are kept. {@code today} and {@code users} give the right
 * answer or exit 4. No command shows a stack trace or a library's own words.
 *
 * <p>The noise written over the file comes from a seed printed at the start; {@code -Drune.damage.seed=N}
 * writes the same bytes again.
 */
class DamagedDataFileIT {
    private static final long SEED = Long.getLong("rune.damage.seed", new SecureRandom().nextLong());
    private static final int OK = 0;
    private static final int DAMAGED = 4;

    @TempDir
    static Path work;

    private static RuneJar rune;
    private static HistoryFolder history;

    /** This case's commands still running when it failed: killed after it. */
    private final List<RuneProcess> started = new ArrayList<>();

    @BeforeAll
    static void makeHistory() throws Exception {
        System.out.println("DamagedDataFileIT: noise seed " + SEED + " (-Drune.damage.seed=" + SEED + " repeats it)");
        rune = RuneJar.built();
        history = HistoryFolder.make(rune, work);
        System.out.println("DamagedDataFileIT: history folder with " + history.documents().counts() + "; rune.db "
                + Files.size(history.folder().resolve("rune.db")) + " bytes");
    }

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (RuneProcess process : started) {
            process.kill();
        }
    }

    static Stream<FileDamage> damages() {
        return FileDamage.all(SEED).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    @Execution(ExecutionMode.CONCURRENT) // two cases at a time: each waits on child JVMs most of its time
    @Timeout(240)
    void aDamagedFileIsReadWholeOrRefusedAndKeptAndRestoreWorks(FileDamage damage) throws Exception {
        String name = damage.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        byte[] good = Files.readAllBytes(history.folder().resolve("rune.db"));
        byte[] bad = damage.apply(good);
        String badHash = Sha256.of(bad);
        List<String> problems = new ArrayList<>();
        StringBuilder summary = new StringBuilder();

        // export, today and users, each on a fresh copy of its own, side by side to save time.
        Path data = damagedCopy(name + "-export", bad);
        Path export = work.resolve(name + "-export.json");
        RuneProcess exporting = started(rune.start(data, "export", export.toString()));
        RuneProcess today = started(rune.start(damagedCopy(name + "-today", bad), "today", "--date",
                history.day().toString()));
        RuneProcess users = started(rune.start(damagedCopy(name + "-users", bad), "users"));

        // export: every document exactly, or exit 4 keeping the damaged file.
        RuneJar.Result exported = rune.finish(exporting);
        boolean readWhole = false;
        summary.append("export exit ").append(exported.exit()).append(rawText("export", exported, problems));
        if (exported.exit() == OK) {
            ExportedDocuments documents = Files.exists(export) ? ExportedDocuments.read(export) : null;
            String lost = documents == null ? "no export file written" : documents.differenceFrom(history.documents());
            readWhole = lost.isEmpty();
            summary.append(readWhole ? " (every document)" : " (DATA LOST: " + (documents == null ? lost
                    : documents.size() + " of " + history.documents().size() + " documents") + ")");
            if (!readWhole) {
                problems.add("export exited 0 but its documents are not the folder's: " + lost);
            }
        } else if (exported.exit() == DAMAGED) {
            List<Path> kept = keptAsDataFile(data, bad.length, badHash);
            summary.append(kept.isEmpty() ? " (damaged file NOT kept)" : " (kept as " + kept.get(0).getFileName() + ")");
            if (kept.isEmpty()) {
                problems.add("export exited 4 but the damaged file is no longer there byte for byte as rune.db or "
                        + "rune.db.damaged-*; the folder holds " + names(data));
            }
        } else {
            problems.add("export must exit 0 with every document or 4; " + exported.describe());
        }

        // today and users: the right answer, or exit 4.
        summary.append("; today ").append(answers("today", rune.finish(today), history.todayOutput(), problems));
        summary.append("; users ").append(answers("users", rune.finish(users), history.usersOutput(), problems));

        // restore of the newest backup, over whatever export left; then the data is the backup's.
        Path backup = data.resolve("backups").resolve(history.backupName());
        if (!Files.exists(backup)) {
            problems.add("the newest backup " + backup.getFileName() + " is gone from backups/: " + names(
                    data.resolve("backups")));
            backup = history.folder().resolve("backups").resolve(history.backupName());
        }
        RuneJar.Result restored = rune.run(data, "restore", backup.toString());
        summary.append("; restore exit ").append(restored.exit()).append(rawText("restore", restored, problems));
        if (restored.exit() != OK) {
            problems.add("restore of the newest backup must exit 0; " + restored.describe());
        } else {
            Path after = work.resolve(name + "-after-restore.json");
            RuneJar.Result again = rune.run(data, "export", after.toString());
            String differs = again.exit() != OK ? "export after the restore: " + again.describe()
                    : ExportedDocuments.read(after).differenceFrom(ExportedDocuments.read(backup));
            summary.append(differs.isEmpty() ? " (data = backup)" : " (data != backup)");
            if (!differs.isEmpty()) {
                problems.add("after the restore the data is not the backup's: " + differs);
            }
        }
        // A file read whole is safe in the backup made before the restore; anything else must still be there.
        if (!readWhole && damage != FileDamage.NONE) {
            boolean kept = !Sha256.filesHolding(data, bad.length, badHash).isEmpty();
            summary.append(kept ? "; damaged bytes kept" : "; damaged bytes GONE");
            if (!kept) {
                problems.add("after the restore the damaged file is nowhere in the data folder byte for byte; it "
                        + "holds " + names(data));
            }
        }

        System.out.printf("DamagedDataFileIT: %-52s %9d bytes: %s%n", damage.name(), bad.length, summary);
        assertThat(problems).as("%s (rune.db %d of %d bytes, seed %d): %s", damage.name(), bad.length, good.length,
                SEED, summary).isEmpty();
    }

    private RuneProcess started(RuneProcess process) {
        started.add(process);
        return process;
    }

    /** A fresh copy of the history folder with {@code bad} as its data file. */
    private static Path damagedCopy(String name, byte[] bad) throws Exception {
        Path copy = FolderCopy.of(history.folder(), work.resolve(name));
        Files.write(copy.resolve("rune.db"), bad);
        return copy;
    }

    /** {@code rune.db} or a {@code rune.db.damaged-…} beside it that still holds the damaged bytes. */
    private static List<Path> keptAsDataFile(Path data, long length, String hash) throws Exception {
        return Sha256.filesHolding(data, length, hash).stream()
                .filter(f -> f.getParent().equals(data))
                .filter(f -> f.getFileName().toString().equals("rune.db")
                        || f.getFileName().toString().startsWith("rune.db.damaged-"))
                .toList();
    }

    /** Judges a reading command: exit 0 printing what it printed for the whole file, or exit 4. */
    private static String answers(String command, RuneJar.Result result, String expected, List<String> problems) {
        String raw = rawText(command, result, problems);
        if (result.exit() == DAMAGED) {
            return "exit 4" + raw;
        }
        if (result.exit() == OK && result.out().equals(expected)) {
            return "exit 0 (right)" + raw;
        }
        problems.add(command + " must print what it prints for the whole file, or exit 4; "
                + (result.exit() == OK ? "it printed something else: " + RuneJar.Result.head(result.out())
                        + " instead of " + RuneJar.Result.head(expected) : result.describe()));
        return "exit " + result.exit() + (result.exit() == OK ? " (WRONG)" : "") + raw;
    }

    /** Adds a problem if the command showed raw library text; returns a mark for the summary line. */
    private static String rawText(String command, RuneJar.Result result, List<String> problems) {
        return RawText.in(result.err()).map(raw -> {
            problems.add(command + " shows \"" + raw + "\" on stderr; " + result.describe());
            return " [RAW TEXT]";
        }).orElse("");
    }

    private static List<String> names(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
