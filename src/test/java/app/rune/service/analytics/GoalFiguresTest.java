package app.rune.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.Goal;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.StreakRecords;
import app.rune.model.TaskEntry;
import app.rune.model.TaskSchedule;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.service.goal.UnknownGoalException;
import app.rune.service.user.NewUserDefaults;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One goal's figures are the all-goals figures restricted to it: the same as a person would have whose only goal
 * it was, with only its tasks' entries. Counted by hand on two weeks of March 2026 (Monday 2 to Sunday 15).
 */
class GoalFiguresTest {
    private static final Instant CREATED = Instant.parse("2026-03-02T07:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-15T20:00:00Z");
    private static final LocalDate SUNDAY_15 = LocalDate.of(2026, 3, 15);

    @TempDir
    Path temp;

    private final List<Store> stores = new ArrayList<>();

    @AfterEach
    void tearDown() {
        stores.forEach(Store::close);
    }

    private static DailyTask task(String id, TaskSchedule schedule) {
        return new DailyTask(id, id, null, null, 20, 1, CREATED, schedule, null, null);
    }

    private static Goal goal(String id, String title, DailyTask... tasks) {
        return new Goal(new LongTermGoal(title, null, null, GoalStatus.ACTIVE, CREATED, CREATED, id), List.of(tasks),
                List.of());
    }

    private static final Goal SPANISH = goal("spanish", "Learn Spanish", task("duo", null),
            task("cards", TaskSchedule.timesAWeek(3)));
    private static final Goal RUN = goal("run", "Run a half marathon", task("jog", TaskSchedule.onDays(
            List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.FRIDAY))));

    /** Duolingo every day but Tuesday 10 and Wednesday 11; cards 3 times the first week, once the second; jog on
     *  every Monday, Wednesday and Friday but Friday 13; days with no Spanish entries on 10 and 11. */
    private static List<DailyProgress> history(Set<String> only) {
        List<DailyProgress> days = new ArrayList<>();
        for (int d = 2; d <= 15; d++) {
            LocalDate date = LocalDate.of(2026, 3, d);
            List<TaskEntry> entries = new ArrayList<>();
            if (d != 10 && d != 11) {
                entries.add(done("duo", date));
            }
            if (d == 2 || d == 4 || d == 6 || d == 12) {
                entries.add(done("cards", date));
            }
            if ((date.getDayOfWeek().getValue() % 2 == 1 && date.getDayOfWeek().getValue() <= 5) && d != 13) {
                entries.add(done("jog", date));
            }
            if (d == 13) {
                entries.add(new TaskEntry("jog", "jog", false, null, null, null, null, "too_tired", List.of("tired")));
            }
            entries.removeIf(e -> !only.contains(e.taskId()));
            if (!entries.isEmpty()) {
                days.add(new DailyProgress("ana_" + date, "ana", date, entries, 4, "motivated", null, null, null));
            }
        }
        return days;
    }

    private static TaskEntry done(String id, LocalDate date) {
        return new TaskEntry(id, id, true, date.atTime(8, 0).toInstant(ZoneOffset.UTC), null, 3, 4, null, List.of());
    }

    private AnalyticsService analytics(String folder, UserGoals goals, List<DailyProgress> days) throws Exception {
        Store store = Store.open(DataFolder.open(temp.resolve(folder)), TestData.json());
        stores.add(store);
        store.userPreferences().save(NewUserDefaults.preferences("ana", ZoneId.of("UTC")));
        store.userGoals().save(goals);
        days.forEach(store.dailyProgress()::save);
        return new AnalyticsService(store.dailyProgress(), store.userAnalytics(), store.userPreferences(),
                store.userGoals(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static UserAnalytics figuresOnly(UserAnalytics a) {
        return new UserAnalytics(a.id(), a.goalCompletionRate(), a.averageTaskCompletion(), a.streakRecords(),
                a.commonObstacles(), a.bestPerformingTimes(), a.taskDifficultyTrends(), null, a.taskStreaks());
    }

    @Test
    void aGoalsFiguresAreThoseOfAPersonWhoseOnlyGoalItWas() throws Exception {
        Set<String> all = Set.of("duo", "cards", "jog");
        AnalyticsService both = analytics("both", UserGoals.of("ana", SPANISH, List.of(RUN), List.of()), history(all));
        AnalyticsService spanishOnly = analytics("spanish", UserGoals.of("ana", SPANISH, List.of(), List.of()),
                history(Set.of("duo", "cards")));
        AnalyticsService runOnly = analytics("run", UserGoals.of("ana", RUN, List.of(), List.of()),
                history(Set.of("jog")));

        assertThat(figuresOnly(both.compute("ana", SUNDAY_15, "spanish")))
                .isEqualTo(figuresOnly(spanishOnly.compute("ana", SUNDAY_15)));
        assertThat(figuresOnly(both.compute("ana", SUNDAY_15, "run")))
                .isEqualTo(figuresOnly(runOnly.compute("ana", SUNDAY_15)));
    }

    /** The Analytics screen's goal selector: the report of one goal is that of a person whose only goal it was. */
    @Test
    void aGoalsReportIsThatOfAPersonWhoseOnlyGoalItWas() throws Exception {
        AnalyticsService both = analytics("both", UserGoals.of("ana", SPANISH, List.of(RUN), List.of()),
                history(Set.of("duo", "cards", "jog")));
        AnalyticsService runOnly = analytics("run", UserGoals.of("ana", RUN, List.of(), List.of()),
                history(Set.of("jog")));

        AnalyticsReport ofRun = both.report("ana", ReportRange.ALL, null, id -> id, "run");
        AnalyticsReport alone = runOnly.report("ana", ReportRange.ALL, null, id -> id);

        assertThat(figuresOnly(ofRun.figures())).isEqualTo(figuresOnly(alone.figures()));
        assertThat(ofRun.heatMap()).isEqualTo(alone.heatMap());
        assertThat(ofRun.tasks()).isEqualTo(alone.tasks());
    }

    @Test
    void eachGoalsStreakIsCountedByItsOwnTasks() throws Exception {
        AnalyticsService both = analytics("both", UserGoals.of("ana", SPANISH, List.of(RUN), List.of()),
                history(Set.of("duo", "cards", "jog")));

        // Spanish: Duolingo missed on 10 and 11 breaks the run; 12 to 15 make four days (the cards' week, one of
        // three, ends today, and today is never held against a run). Longest: 2 to 9, eight.
        assertThat(both.compute("ana", SUNDAY_15, "spanish").streakRecords())
                .isEqualTo(new StreakRecords(4, 8, LocalDate.of(2026, 3, 12)));
        // Run: jog days 2, 4, 6, 9, 11 done, 13 skipped; the weekend after is not a jog day. Longest five, now none.
        UserAnalytics run = both.compute("ana", SUNDAY_15, "run");
        assertThat(run.streakRecords()).isEqualTo(new StreakRecords(0, 5, null));
        assertThat(run.taskStreaks()).containsOnlyKeys("jog");
        assertThat(run.commonObstacles()).containsOnlyKeys("tired");
        // All goals together: some task is due every day, and 10 and 11 miss Duolingo.
        assertThat(both.compute("ana", SUNDAY_15).streakRecords().longestStreak()).isEqualTo(8);
    }

    @Test
    void aPausedGoalsTasksAreNotDueWhileItRests() throws Exception {
        Instant before = Instant.parse("2026-02-01T07:00:00Z");
        Goal lessons = new Goal(new LongTermGoal("Spanish", null, null, GoalStatus.ACTIVE, before, before, "spanish"),
                List.of(new DailyTask("duo", "duo", null, null, 20, 1, before,
                        TaskSchedule.onDays(List.of(java.time.DayOfWeek.MONDAY)), null, null)), List.of());
        Goal reading = new Goal(new LongTermGoal("Read", null, null, GoalStatus.PAUSED, before, CREATED, "read"),
                List.of(new DailyTask("pages", "pages", null, null, 20, 1, before)), List.of());
        List<DailyProgress> monday = List.of(new DailyProgress("ana_2026-03-02", "ana", LocalDate.of(2026, 3, 2),
                List.of(done("duo", LocalDate.of(2026, 3, 2))), null, null, null, null, null));
        AnalyticsService paused = analytics("paused", UserGoals.of("ana", lessons, List.of(reading), List.of()),
                monday);
        AnalyticsService active = analytics("active", UserGoals.of("ana", lessons, List.of(new Goal(
                reading.longTermGoal().withStatus(GoalStatus.ACTIVE), reading.dailyTasks(), List.of())), List.of()),
                monday);

        // Read was paused on Monday 2: on Tuesday 3 only Spanish's Monday task could be due, and it was not.
        assertThat(paused.compute("ana", LocalDate.of(2026, 3, 4)).streakRecords().currentStreak()).isEqualTo(1);
        // Active, Read's every-day task was due on Tuesday, and nothing was done.
        assertThat(active.compute("ana", LocalDate.of(2026, 3, 4)).streakRecords().currentStreak()).isZero();
    }

    @Test
    void anUnknownGoalIsRefusedWithTheIdsThereAre() throws Exception {
        AnalyticsService both = analytics("both", UserGoals.of("ana", SPANISH, List.of(RUN), List.of()), List.of());

        assertThatThrownBy(() -> both.compute("ana", SUNDAY_15, "chess"))
                .isInstanceOf(UnknownGoalException.class)
                .hasMessage("There is no goal \"chess\" for ana. Goals: spanish, run.");
    }
}
