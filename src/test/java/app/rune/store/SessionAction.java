package app.rune.store;

import app.rune.RuneSession;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.TaskEntry;
import app.rune.model.json.RuneJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One thing a person does in Rune, as {@link KilledSession} runs it through the services and
 * {@link KilledSessionTest} checks it afterwards. Each action is written as one line ({@link #line()}), so the
 * child can say exactly what it was told was saved.
 */
sealed interface SessionAction {
    String USER = "ana";
    /** The session's clock stands still here, so the times the services write are known. */
    Instant NOW = Instant.parse("2021-06-30T18:00:00Z");
    LocalDate TODAY = LocalDate.of(2021, 6, 30);
    /** The person's approved tasks, by id, with their titles. */
    Map<String, String> TASKS = Map.of("task_1", "Morning run", "task_2", "Read 20 pages", "task_3", "Stretch");

    /** Tick a task off, or take the tick back. */
    record Tick(LocalDate date, String taskId, boolean done) implements SessionAction {
        @Override
        public String line() {
            return join("tick", date, taskId, done);
        }

        @Override
        public void run(RuneSession session, Path importFolder) {
            session.checkIns().setCompleted(USER, date, taskId, done);
        }
    }

    /** Notes and ratings of a task on a day. */
    record Describe(LocalDate date, String taskId, String notes, Integer difficulty, Integer satisfaction)
            implements SessionAction {
        @Override
        public String line() {
            return join("describe", date, taskId, notes, difficulty, satisfaction);
        }

        @Override
        public void run(RuneSession session, Path importFolder) {
            session.checkIns().describe(USER, date, taskId, notes, difficulty, satisfaction);
        }
    }

    /** A task that did not happen: why, what got in the way, and perhaps a note (null keeps the old one). */
    record Skip(LocalDate date, String taskId, String reason, List<String> obstacles, String notes)
            implements SessionAction {
        @Override
        public String line() {
            return join("skip", date, taskId, reason, obstacles.isEmpty() ? null : String.join(",", obstacles), notes);
        }

        @Override
        public void run(RuneSession session, Path importFolder) {
            session.checkIns().skip(USER, date, taskId, reason, obstacles, notes);
        }
    }

    /** The evening check-in. */
    record CheckIn(LocalDate date, Integer rating, String mood, boolean restDay) implements SessionAction {
        @Override
        public String line() {
            return join("checkin", date, rating, mood, restDay);
        }

        @Override
        public void run(RuneSession session, Path importFolder) {
            session.checkIns().checkIn(USER, date, rating, mood, restDay);
        }
    }

    /**
     * Import number {@code number}: a file in the export format with {@code size} progress documents. Imports
     * take turns among {@link #SLOTS} slots: each stores the same ids as its slot's earlier imports
     * ("imp-SLOT-0" up to "imp-SLOT-(size-1)", of a user of the slot's own) with content that names its own
     * number, so it replaces them. The data stays the same size however many rounds run, and a replacement cut
     * short would show as a mix of two imports.
     */
    record Import(int number, int size) implements SessionAction {
        static final int SLOTS = 3;

        @Override
        public String line() {
            return join("import", number, size);
        }

        int slot() {
            return number % SLOTS;
        }

        /** Writes the file; done before the import is announced, so only the import itself is "in flight". */
        void writeFile(Path importFolder) throws Exception {
            byte[] content = RuneJson.newMapper()
                    .writeValueAsBytes(new DataSet(null, documents(number, size), null, null, null));
            Files.write(file(importFolder), content);
        }

        private Path file(Path importFolder) {
            return importFolder.resolve("import-" + number + ".json");
        }

        @Override
        public void run(RuneSession session, Path importFolder) throws Exception {
            session.importer().importFile(file(importFolder));
        }

        /** Whether {@code id} is the id of a document some import wrote. */
        static boolean isImported(String id) {
            return id.startsWith("imp-");
        }

        static int slotOf(String id) {
            return Integer.parseInt(id.split("-")[1]);
        }

        static int indexOf(String id) {
            return Integer.parseInt(id.split("-")[2]);
        }

        /** The number of the import that wrote {@code document} (it says so in its task's notes). */
        static int numberOf(DailyProgress document) {
            return Integer.parseInt(document.tasks().get(0).notes().split(" ")[1]);
        }

        /** Every document of import {@code number}, in index order. */
        static List<DailyProgress> documents(int number, int size) {
            List<DailyProgress> documents = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                documents.add(document(number, i));
            }
            return documents;
        }

        /** The {@code i}th document of import {@code number}. */
        static DailyProgress document(int number, int i) {
            int slot = number % SLOTS;
            int k = i + number;
            return new DailyProgress("imp-" + slot + "-" + i, "imported-" + slot, LocalDate.of(2018, 1, 1).plusDays(i),
                    List.of(new TaskEntry("read", "Read 20 pages", k % 3 != 0, null, "import " + number + " day " + i,
                            1 + k % 5, 1 + (k + 2) % 5, null, List.of())),
                    1 + k % 5, k % 2 == 0 ? "calm" : "proud", null, null, null);
        }
    }

    String line();

    void run(RuneSession session, Path importFolder) throws Exception;

    /**
     * A random action: mostly check-ins on a handful of recent days (so the same task and day is written again
     * and again), now and then an import.
     */
    static SessionAction random(Random random, int nextImport, int importSize) {
        int pick = random.nextInt(100);
        if (pick < 8) {
            return new Import(nextImport, importSize);
        }
        LocalDate date = random.nextInt(3) == 0 ? TODAY : TODAY.minusDays(1 + random.nextInt(20));
        String task = "task_" + (1 + random.nextInt(TASKS.size()));
        if (pick < 45) {
            return new Tick(date, task, random.nextInt(4) != 0);
        }
        if (pick < 65) {
            return new Describe(date, task, maybe(random, "felt " + pick(random, "good", "slow", "strong") + " at "
                    + random.nextInt(1000)), maybeRating(random), maybeRating(random));
        }
        if (pick < 82) {
            List<String> obstacles = new ArrayList<>();
            for (String obstacle : List.of("tired", "work_overtime", "travel", "motivation")) {
                if (random.nextInt(3) == 0) {
                    obstacles.add(obstacle);
                }
            }
            return new Skip(date, task, pick(random, "ran_out_of_time", "sick", "forgot"), obstacles,
                    maybe(random, "will try again " + random.nextInt(1000)));
        }
        return new CheckIn(date, maybeRating(random), maybe(random, pick(random, "motivated", "calm", "tired")),
                random.nextInt(5) == 0);
    }

    /** The action {@code line} describes. */
    static SessionAction parse(String line) {
        String[] f = line.split("\\|", -1);
        return switch (f[0]) {
            case "tick" -> new Tick(LocalDate.parse(f[1]), f[2], Boolean.parseBoolean(f[3]));
            case "describe" -> new Describe(LocalDate.parse(f[1]), f[2], text(f[3]), number(f[4]), number(f[5]));
            case "skip" -> new Skip(LocalDate.parse(f[1]), f[2], f[3],
                    f[4].equals(NONE) ? List.of() : Arrays.asList(f[4].split(",")), text(f[5]));
            case "checkin" -> new CheckIn(LocalDate.parse(f[1]), number(f[2]), text(f[3]), Boolean.parseBoolean(f[4]));
            case "import" -> new Import(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
            default -> throw new IllegalArgumentException("not an action: " + line);
        };
    }

    /** How a missing value (no note, no rating) is written in a line. */
    String NONE = "-";

    private static String join(Object... fields) {
        StringBuilder line = new StringBuilder();
        for (Object field : fields) {
            if (line.length() > 0) {
                line.append('|');
            }
            line.append(field == null ? NONE : field);
        }
        return line.toString();
    }

    private static String text(String field) {
        return field.equals(NONE) ? null : field;
    }

    private static Integer number(String field) {
        return field.equals(NONE) ? null : Integer.valueOf(field);
    }

    private static String maybe(Random random, String text) {
        return random.nextInt(4) == 0 ? null : text;
    }

    private static Integer maybeRating(Random random) {
        return random.nextInt(4) == 0 ? null : 1 + random.nextInt(5);
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
