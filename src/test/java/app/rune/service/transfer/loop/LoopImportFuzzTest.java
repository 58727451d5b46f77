package app.rune.service.transfer.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.rune.RuneSession;
import app.rune.model.DailyProgress;
import app.rune.service.transfer.InvalidImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 500 broken variants of a Loop backup and 500 of a Loop CSV export (seeded, so a failure can be replayed): each
 * is imported whole or refused with a message in words, and a refused one stores nothing.
 */
class LoopImportFuzzTest {
    private static final int VARIANTS = 500;
    private static final LocalDate FIRST = LocalDate.of(2025, 6, 1);
    private static final String[] ODD_CELLS = {"7", "-5", "'text'", "1.5", "NULL", "9000000000000000000", "X'00ff'",
        "'\u001b[31mred'", "''", "-1", "3", "86400001", "-86400000"};

    @TempDir
    Path temp;

    private RuneSession session;
    private int taken;
    private Path original;
    private Map<String, String> csv;

    @BeforeEach
    void setUp() throws Exception {
        session = RuneSession.open(temp.resolve("data"), Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"),
                ZoneOffset.UTC));
        original = temp.resolve("original.db");
        LoopFixture.backup(original, 25, LoopFixture.sampleHabits(), LoopFixture.sampleValues(FIRST));
        csv = LoopFixture.csvFiles(LoopFixture.sampleHabits(), LoopFixture.sampleValues(FIRST));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void brokenBackupsAreImportedWholeOrRefusedCleanly() throws Exception {
        Random random = new Random(18);
        byte[] bytes = Files.readAllBytes(original);
        int imported = 0;
        for (int i = 0; i < VARIANTS; i++) {
            Path variant = temp.resolve("variant-" + i + ".db");
            switch (i % 3) {
                case 0 -> Files.write(variant, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));
                case 1 -> {
                    byte[] changed = bytes.clone();
                    for (int n = 1 + random.nextInt(16); n > 0; n--) {
                        changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
                    }
                    Files.write(variant, changed);
                }
                default -> {
                    Files.copy(original, variant);
                    change(variant, random);
                }
            }
            imported += check(variant, "backup " + i) ? 1 : 0;
        }
        // Most SQL changes and some byte changes keep a readable file: both outcomes must have happened.
        assertThat(imported).isBetween(1, VARIANTS - 1);
    }

    @Test
    void brokenCsvExportsAreImportedWholeOrRefusedCleanly() throws Exception {
        Random random = new Random(1818);
        List<String> names = new ArrayList<>(csv.keySet());
        int imported = 0;
        for (int i = 0; i < VARIANTS; i++) {
            Map<String, String> files = new TreeMap<>(csv);
            String name = names.get(random.nextInt(names.size()));
            files.put(name, textChange(files.get(name), random));
            Path zip = temp.resolve("variant-" + i + ".zip");
            LoopFixture.csvZip(zip, files);
            if (i % 10 == 9) {
                byte[] zipped = Files.readAllBytes(zip);
                Files.write(zip, java.util.Arrays.copyOf(zipped, random.nextInt(zipped.length)));
            }
            imported += check(zip, "CSV " + i + " (" + name + ")") ? 1 : 0;
        }
        assertThat(imported).isBetween(1, VARIANTS - 1);
    }

    /**
     * Imports {@code file} for a new person; true when it was taken (whole), false when refused (cleanly). Each
     * import rewrites the whole data file, so only every tenth variant that is taken is stored; the others are
     * read, checked and converted as far as the step before storing.
     */
    private boolean check(Path file, String variant) throws Exception {
        String user = "fuzz-" + variant.replaceAll("[^a-zA-Z0-9]", "-");
        long documents = session.store().documentCount();
        try {
            LoopImportService.Prepared prepared = session.loopImporter().prepare(file, user, "ana");
            if (taken++ % 10 != 0) {
                assertThat(prepared.summary().habits().stream().mapToInt(LoopImportSummary.Habit::entries).sum())
                        .as(variant).isEqualTo(prepared.summary().entries());
                return true;
            }
            LoopImportSummary summary = session.loopImporter().store(prepared);
            List<DailyProgress> days = session.store().dailyProgress().findByUser(user);
            assertThat(days).as(variant).hasSize(summary.days());
            assertThat(days.stream().mapToInt(d -> d.tasks().size()).sum()).as(variant).isEqualTo(summary.entries());
            assertThat(session.store().userGoals().findById(user)).as(variant).isPresent();
            return true;
        } catch (InvalidImportException e) {
            String message = e.getMessage();
            assertThat(message).as(variant).doesNotContainIgnoringCase("exception").doesNotContain("SQLITE")
                    .doesNotContain("org.").doesNotContain("java.").doesNotContain("\u001b");
            assertThat(message.replace("\n", "").chars().noneMatch(Character::isISOControl)).as(variant + ": " + message)
                    .isTrue();
            assertThat(session.store().documentCount()).as(variant).isEqualTo(documents);
            return false;
        } catch (RuntimeException e) {
            fail(variant + " escaped as " + e, e);
            return false;
        }
    }

    /** One change SQLite takes (a NOT NULL column refuses a NULL, say: then another is drawn). */
    private static void change(Path file, Random random) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            for (int tries = 0; tries < 20; tries++) {
                try {
                    s.execute(sqlChange(random));
                    return;
                } catch (java.sql.SQLException refused) {
                    // Drawn again.
                }
            }
        }
    }

    private static String sqlChange(Random random) {
        String cell = ODD_CELLS[random.nextInt(ODD_CELLS.length)];
        return switch (random.nextInt(9)) {
            case 0 -> "UPDATE Repetitions SET value = " + cell + " WHERE id = " + (1 + random.nextInt(13));
            case 1 -> "UPDATE Repetitions SET timestamp = " + cell + " WHERE id = " + (1 + random.nextInt(13));
            case 2 -> "UPDATE Habits SET freq_num = " + cell + " WHERE id = " + (1 + random.nextInt(4));
            case 3 -> "UPDATE Habits SET type = " + cell + " WHERE id = " + (1 + random.nextInt(4));
            case 4 -> "UPDATE Habits SET name = " + cell + " WHERE id = " + (1 + random.nextInt(4));
            case 5 -> "PRAGMA user_version = " + random.nextInt(40);
            case 6 -> "DELETE FROM Habits WHERE id = " + (1 + random.nextInt(4));
            case 7 -> "UPDATE Repetitions SET notes = " + cell + " WHERE id = " + (1 + random.nextInt(13));
            default -> "UPDATE Habits SET target_value = " + cell + " WHERE id = " + (1 + random.nextInt(4));
        };
    }

    private static String textChange(String text, Random random) {
        if (text.isEmpty()) {
            return "\"";
        }
        int at = random.nextInt(text.length());
        String[] inserts = {"\"", ",", "\n", "\r", "\u0000", "YES_AUTO", "2025-13-40", "-3", "\u001b[2J", "\uD800",
            "9999999999999", ",,,"};
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + inserts[random.nextInt(inserts.length)] + text.substring(at);
            case 2 -> text.substring(0, at);
            default -> {
                int line = text.indexOf('\n', at);
                yield line < 0 ? text + text : text.substring(0, line + 1) + text.substring(at);
            }
        };
    }

}
