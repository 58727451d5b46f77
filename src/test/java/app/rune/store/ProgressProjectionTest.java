package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.TaskEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file's quick reads of progress (counting days, reading only the obstacle lists) give exactly what the
 * plain way, reading whole documents, gives.
 */
class ProgressProjectionTest {
    @TempDir
    Path temp;

    @Test
    void countsAndObstaclesMatchReadingWholeDays() throws Exception {
        LocalDate start = LocalDate.of(2025, 3, 1);
        Random random = new Random(11);
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            DailyProgressRepository progress = store.dailyProgress();
            for (String user : List.of("ana", "ana2", "bo")) {
                for (int i = 0; i < 40; i++) {
                    if (random.nextInt(4) > 0) {
                        progress.save(randomDay(random, user, start.plusDays(i)));
                    }
                }
            }
            DailyProgressRepository plain = new PlainReads(progress);

            for (String user : List.of("ana", "ana2", "bo", "nobody")) {
                int days = progress.findByUser(user).size();
                assertThat(progress.countByUser(user, Integer.MAX_VALUE)).isEqualTo(days);
                // Counted no further than asked: the coach needs to know only whether there are 60.
                assertThat(progress.countByUser(user, 2)).isEqualTo(Math.min(2, days));
                assertThat(progress.obstaclesBetween(user, start.plusDays(5), start.plusDays(30)))
                        .isEqualTo(plain.obstaclesBetween(user, start.plusDays(5), start.plusDays(30)));
            }
            assertThat(progress.countByUser("ana", Integer.MAX_VALUE)).isGreaterThan(2);
            assertThat(progress.obstaclesBetween("ana", start, start.plusDays(39)).stream().flatMap(List::stream))
                    .contains("rain");
        }
    }

    /**
     * The obstacle lists kept between reads (a tick asks for the same 90 days each time) always say what the file
     * says, whatever changed the days in between: saves, updates, deletions, saves left for the next commit,
     * imports and restores, for the same person's window or another's.
     */
    @Test
    void keptObstaclesFollowEveryKindOfChange() throws Exception {
        LocalDate start = LocalDate.of(2025, 3, 1);
        Random random = new Random(23);
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            DailyProgressRepository progress = store.dailyProgress();
            DailyProgressRepository plain = new PlainReads(progress);
            List<String> users = List.of("ana", "bo");
            for (int step = 0; step < 400; step++) {
                String user = users.get(random.nextInt(users.size()));
                LocalDate date = start.plusDays(random.nextInt(40));
                switch (random.nextInt(10)) {
                    case 0 -> progress.delete(user + "-" + date);
                    case 1 -> progress.update(user + "-" + date, () -> randomDay(random, user, date),
                            day -> randomDay(random, user, date));
                    case 2 -> progress.saveWithNextCommit(randomDay(random, user, date));
                    case 3 -> {
                        if (random.nextInt(8) == 0) {
                            store.upsertAll(new DataSet(null, List.of(randomDay(random, user, date)), null, null,
                                    null));
                        }
                    }
                    case 4 -> {
                        if (random.nextInt(15) == 0) {
                            store.replaceAll(new DataSet(null, List.of(randomDay(random, user, date)), null, null,
                                    null));
                        }
                    }
                    default -> progress.save(randomDay(random, user, date));
                }
                // Mostly the window a tick asks for, sometimes another.
                String asked = random.nextInt(5) == 0 ? users.get(random.nextInt(users.size())) : "ana";
                LocalDate from = random.nextInt(5) == 0 ? start.plusDays(random.nextInt(20)) : start.plusDays(10);
                LocalDate to = from.plusDays(20);
                assertThat(progress.obstaclesBetween(asked, from, to)).as("step %d", step)
                        .isEqualTo(plain.obstaclesBetween(asked, from, to));
            }
        }
    }

    private static DailyProgress randomDay(Random random, String user, LocalDate date) {
        String[] obstacles = {"rain", "tired", "guests", "no time"};
        List<TaskEntry> entries = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            List<String> got = new ArrayList<>();
            for (String o : obstacles) {
                if (random.nextInt(3) == 0) {
                    got.add(o);
                }
            }
            boolean done = got.isEmpty() && random.nextBoolean();
            entries.add(new TaskEntry("t" + t, "Task " + t, done, null, null, null, null,
                    got.isEmpty() ? null : "busy", got));
        }
        return new DailyProgress(user + "-" + date, user, date, entries, null, null, null, null, null);
    }

    /** The interface's own reads, over the same file: whole documents, then the fields. */
    private record PlainReads(DailyProgressRepository file) implements DailyProgressRepository {
        @Override
        public Optional<DailyProgress> findByUserAndDate(String userId, LocalDate date) {
            return file.findByUserAndDate(userId, date);
        }

        @Override
        public List<DailyProgress> findByUser(String userId) {
            return file.findByUser(userId);
        }

        @Override
        public List<DailyProgress> findByUserBetween(String userId, LocalDate from, LocalDate to) {
            return file.findByUserBetween(userId, from, to);
        }

        @Override
        public Optional<DailyProgress> findById(String id) {
            return file.findById(id);
        }

        @Override
        public List<DailyProgress> findAll() {
            return file.findAll();
        }

        @Override
        public void save(DailyProgress document) {
            file.save(document);
        }

        @Override
        public void saveWithNextCommit(DailyProgress document) {
            file.saveWithNextCommit(document);
        }

        @Override
        public DailyProgress update(String id, Supplier<DailyProgress> absent,
                UnaryOperator<DailyProgress> change) {
            return file.update(id, absent, change);
        }

        @Override
        public boolean delete(String id) {
            return file.delete(id);
        }
    }
}
