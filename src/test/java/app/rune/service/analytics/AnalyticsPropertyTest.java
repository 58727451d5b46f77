package app.rune.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.CommunicationStyle;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.TaskEntry;
import app.rune.model.TaskSchedule;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random histories, changed one day at a time as a person would (ticks, skips, rest days, back-filled days):
 * the document kept current day by day always equals a full recompute, and both equal a plain, slow,
 * obviously-right reference computed straight from the rules.
 */
class AnalyticsPropertyTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final int SPAN = 60;
    private static final ZoneId ZONE = ZoneId.of("UTC+7");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946})
    void dayByDayEqualsAFullRecomputeEqualsTheRules(long seed) {
        Random random = new Random(seed);
        LocalDate today = START.plusDays(SPAN - 1L);
        Clock clock = Clock.fixed(today.atTime(22, 0).atZone(ZONE).toInstant(), ZoneOffset.UTC);
        InMemoryProgress progress = new InMemoryProgress();
        InMemoryDocuments<UserAnalytics> stored = new InMemoryDocuments<>(UserAnalytics::id);
        InMemoryDocuments<UserPreferences> preferences = new InMemoryDocuments<>(UserPreferences::id);
        preferences.save(new UserPreferences("ana",
                new CommunicationStyle(null, null, null, null, new UserTimeZone("UTC+7")), null, null));
        InMemoryDocuments<UserGoals> goals = new InMemoryDocuments<>(UserGoals::id);
        AnalyticsService incremental = new AnalyticsService(progress, stored, preferences, goals, clock);
        incremental.refresh("ana");

        for (int change = 0; change < 150; change++) {
            DailyProgress day = randomDay(random, START.plusDays(random.nextInt(SPAN)));
            progress.save(day);
            UserAnalytics kept = incremental.dayChanged("ana", day);

            if (change % 10 == 9 || change == 149) {
                UserAnalytics full = new AnalyticsService(progress, new InMemoryDocuments<>(UserAnalytics::id),
                        preferences, goals, clock).refresh("ana");
                assertThat(kept).as("change %d", change).usingRecursiveComparison().ignoringFields("lastUpdated")
                        .isEqualTo(full);
                assertThat(stored.findById("ana")).get().usingRecursiveComparison().ignoringFields("lastUpdated")
                        .isEqualTo(full);
                Reference expected = Reference.of(progress.findByUser("ana"), today);
                assertThat(full.streakRecords().currentStreak()).as("current").isEqualTo(expected.current);
                assertThat(full.streakRecords().longestStreak()).as("longest").isEqualTo(expected.longest);
                assertThat(full.streakRecords().streakStartDate()).as("start").isEqualTo(expected.start);
                assertThat(full.averageTaskCompletion()).isCloseTo(expected.average, Offset.offset(1e-12));
                assertThat(full.goalCompletionRate()).isCloseTo(expected.allDone, Offset.offset(1e-12));
            }
        }
    }

    /**
     * With a plan, each task's own run too: the runs a tick does not touch are kept from the last figures (see
     * {@code DayGrid#keptStreak}), and must always equal those of a full recompute.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void withAPlanEachTasksRunKeptDayByDayEqualsAFullRecompute(long seed) {
        Random random = new Random(seed);
        LocalDate today = START.plusDays(SPAN - 1L);
        Clock clock = Clock.fixed(today.atTime(22, 0).atZone(ZONE).toInstant(), ZoneOffset.UTC);
        InMemoryProgress progress = new InMemoryProgress();
        InMemoryDocuments<UserAnalytics> stored = new InMemoryDocuments<>(UserAnalytics::id);
        InMemoryDocuments<UserPreferences> preferences = new InMemoryDocuments<>(UserPreferences::id);
        preferences.save(new UserPreferences("ana",
                new CommunicationStyle(null, null, null, null, new UserTimeZone("UTC+7")), null, null));
        InMemoryDocuments<UserGoals> goals = new InMemoryDocuments<>(UserGoals::id);
        Instant created = START.atStartOfDay(ZONE).toInstant();
        goals.save(new UserGoals("ana", new LongTermGoal("Goal", null, null,
                GoalStatus.ACTIVE, created, created), List.of(
                new DailyTask("task_1", "Task 1", null, null, 10, 1, created),
                new DailyTask("task_2", "Task 2", null, null, 10, 2, created,
                        TaskSchedule.onDays(List.of(DayOfWeek.MONDAY,
                                DayOfWeek.THURSDAY)), null, null),
                new DailyTask("task_3", "Task 3", null, null, 10, 3, created,
                        TaskSchedule.timesAWeek(2), null, null)), List.of(), List.of()));
        AnalyticsService incremental = new AnalyticsService(progress, stored, preferences, goals, clock);
        incremental.refresh("ana");

        for (int change = 0; change < 120; change++) {
            DailyProgress day = randomDay(random, START.plusDays(random.nextInt(SPAN)));
            progress.save(day);
            UserAnalytics kept = incremental.dayChanged("ana", day);
            UserAnalytics full = new AnalyticsService(progress, new InMemoryDocuments<>(UserAnalytics::id),
                    preferences, goals, clock).refresh("ana");
            assertThat(kept.taskStreaks()).as("change %d", change).isEqualTo(full.taskStreaks()).isNotEmpty();
            assertThat(kept).as("change %d", change).usingRecursiveComparison().ignoringFields("lastUpdated")
                    .isEqualTo(full);
        }
    }

    private static DailyProgress randomDay(Random random, LocalDate date) {
        boolean rest = random.nextInt(8) == 0;
        int entries = random.nextInt(4);
        List<TaskEntry> tasks = new ArrayList<>();
        for (int i = 1; i <= entries; i++) {
            boolean done = random.nextInt(3) > 0;
            Instant at = done && random.nextBoolean()
                    ? date.atStartOfDay(ZONE).plusMinutes(random.nextInt(24 * 60)).toInstant() : null;
            List<String> obstacles = done ? List.of() : random.nextBoolean() ? List.of("tired") : List.of("work", "tired");
            tasks.add(new TaskEntry("task_" + i, "Task " + i, done, at, null,
                    random.nextInt(3) == 0 ? null : 1 + random.nextInt(5), null, done ? null : "forgot", obstacles));
        }
        return new DailyProgress("p" + date, "ana", date, tasks, null, null, null, null, rest ? Boolean.TRUE : null);
    }

    /** The rules, computed the slow and obvious way: walk the calendar. */
    private record Reference(int current, int longest, LocalDate start, double average, double allDone) {
        static Reference of(List<DailyProgress> days, LocalDate asOf) {
            Map<LocalDate, DailyProgress> byDate = new HashMap<>();
            days.forEach(d -> byDate.put(d.date(), d));
            int run = 0;
            int longest = 0;
            double ratios = 0;
            int checkIns = 0;
            int allDone = 0;
            for (LocalDate d = START.minusDays(1); !d.isAfter(asOf); d = d.plusDays(1)) {
                DailyProgress day = byDate.get(d);
                if (day != null && Boolean.TRUE.equals(day.restDay())) {
                    continue;
                }
                boolean checkIn = day != null && !day.tasks().isEmpty();
                long done = checkIn ? day.tasks().stream().filter(TaskEntry::completed).count() : 0;
                if (checkIn) {
                    checkIns++;
                    ratios += (double) done / day.tasks().size();
                    allDone += done == day.tasks().size() ? 1 : 0;
                }
                run = done > 0 ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            LocalDate cursor = isStreakDay(byDate.get(asOf)) ? asOf : asOf.minusDays(1);
            int current = 0;
            LocalDate start = null;
            for (; !cursor.isBefore(START.minusDays(1)); cursor = cursor.minusDays(1)) {
                DailyProgress day = byDate.get(cursor);
                if (day != null && Boolean.TRUE.equals(day.restDay())) {
                    continue;
                }
                if (!isStreakDay(day)) {
                    break;
                }
                current++;
                start = cursor;
            }
            return new Reference(current, Math.max(longest, current), start,
                    checkIns == 0 ? 0 : ratios / checkIns, checkIns == 0 ? 0 : (double) allDone / checkIns);
        }

        private static boolean isStreakDay(DailyProgress day) {
            return day != null && !Boolean.TRUE.equals(day.restDay())
                    && day.tasks().stream().anyMatch(TaskEntry::completed);
        }
    }
}
