package app.rune.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.StreakRecords;
import app.rune.model.StreakUnit;
import app.rune.model.TargetKind;
import app.rune.model.TaskEntry;
import app.rune.model.TaskSchedule;
import app.rune.model.TaskStreak;
import app.rune.model.TaskTarget;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The overall and per-task streaks by the plan of the days, on small histories counted by hand (the comments
 * give the count). March 2026 begins on a Sunday: Monday 2, 9, 16 start weeks.
 */
class PlanStreaksTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant MONDAY_2 = Instant.parse("2026-03-02T07:00:00Z");
    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static DailyTask task(String id, TaskSchedule schedule, Instant created) {
        return new DailyTask(id, id, null, null, 20, 1, created, schedule, null, null);
    }

    /** A day with {@code done} completed and the rest of {@code planned} untouched. */
    private static DailyProgress day(LocalDate date, List<String> planned, Set<String> done, boolean rest) {
        List<TaskEntry> entries = new ArrayList<>();
        for (String id : planned) {
            entries.add(done.contains(id) ? new TaskEntry(id, id, true, null, null, null, null, null, List.of())
                    : TaskEntry.untouched(id, id));
        }
        return new DailyProgress("d" + date, "ana", date, entries, null, null, null, null, rest ? Boolean.TRUE : null);
    }

    private static DailyProgress done(LocalDate date, String... ids) {
        return day(date, List.of(ids), Set.of(ids), false);
    }

    private static UserAnalytics figures(List<DailyProgress> days, LocalDate asOf, ZoneId zone, DailyTask... tasks) {
        UserGoals goals = new UserGoals("ana", new LongTermGoal("Fit", null, null, GoalStatus.ACTIVE, MONDAY_2,
                MONDAY_2), List.of(tasks), List.of(), List.of());
        return AnalyticsCalculator.compute("ana", History.of(days, zone), DuePlan.of(Optional.of(goals), zone),
                asOf, NOW);
    }

    @Test
    void daysOffAWeekdayScheduleAreNeutral() {
        DailyTask gym = task("gym", TaskSchedule.onDays(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.FRIDAY)), MONDAY_2);
        List<DailyProgress> days = List.of(done(march(2), "gym"), done(march(4), "gym"), done(march(6), "gym"),
                done(march(9), "gym"));

        // Mon 2, Wed 4, Fri 6, Mon 9 done; Tue 3, Thu 5, the weekend and Tue 10 were not gym days.
        UserAnalytics tuesday = figures(days, march(10), UTC, gym);
        assertThat(tuesday.streakRecords()).isEqualTo(new StreakRecords(4, 4, march(2)));
        assertThat(tuesday.taskStreaks()).containsEntry("gym", new TaskStreak(4, 4, StreakUnit.DAYS));

        // Wednesday 11 was a gym day without the gym: on Thursday both runs are over.
        UserAnalytics thursday = figures(days, march(12), UTC, gym);
        assertThat(thursday.streakRecords()).isEqualTo(new StreakRecords(0, 4, null));
        assertThat(thursday.taskStreaks()).containsEntry("gym", new TaskStreak(0, 4, StreakUnit.DAYS));
    }

    @Test
    void aWeekShortOfItsTimesBreaksTheRunOnItsSunday() {
        DailyTask run = task("run", TaskSchedule.timesAWeek(3), MONDAY_2);
        List<DailyProgress> days = List.of(done(march(2), "run"), done(march(4), "run"), done(march(7), "run"),
                done(march(10), "run"), done(march(12), "run"), done(march(16), "run"));

        UserAnalytics figures = figures(days, march(18), UTC, run);

        // Overall: 2, 4, 7, 10, 12 make five; Sunday 15 ends a week of 2 runs out of 3 and breaks it; 16 starts one.
        assertThat(figures.streakRecords()).isEqualTo(new StreakRecords(1, 5, march(16)));
        // Weeks: 2-8 met (1), 9-15 not (0), 16-22 is the current week with 1 of 3 so far: not met, not broken.
        assertThat(figures.taskStreaks()).containsEntry("run", new TaskStreak(0, 1, StreakUnit.WEEKS));
    }

    @Test
    void theCurrentWeekCountsOnceMet() {
        DailyTask run = task("run", TaskSchedule.timesAWeek(2), MONDAY_2);
        List<DailyProgress> days = List.of(done(march(2), "run"), done(march(3), "run"), done(march(9), "run"),
                done(march(10), "run"));

        assertThat(figures(days, march(11), UTC, run).taskStreaks())
                .containsEntry("run", new TaskStreak(2, 2, StreakUnit.WEEKS));
    }

    @Test
    void aRestDaysEntryDoesNotCountTowardsItsWeek() {
        DailyTask run = task("run", TaskSchedule.timesAWeek(2), MONDAY_2);
        // Tue 3 was a rest day (its run counts for nothing), Thu 5 a run: 1 of 2 by Sunday 8.
        List<DailyProgress> days = List.of(day(march(3), List.of("run"), Set.of("run"), true), done(march(5), "run"));

        UserAnalytics figures = figures(days, march(9), UTC, run);

        assertThat(figures.streakRecords()).isEqualTo(new StreakRecords(0, 1, null));
        assertThat(figures.taskStreaks()).containsEntry("run", new TaskStreak(0, 0, StreakUnit.WEEKS));
    }

    @Test
    void aMonthShortOfItsTimesBreaksTheRunOnItsLastDay() {
        DailyTask call = task("call", TaskSchedule.timesAMonth(2), Instant.parse("2026-03-01T00:00:00Z"));
        List<DailyProgress> days = List.of(done(march(10), "call"), done(LocalDate.of(2026, 4, 1), "call"),
                done(LocalDate.of(2026, 4, 2), "call"));

        UserAnalytics figures = figures(days, LocalDate.of(2026, 4, 3), UTC, call);

        // March had 1 call of 2: 31 March breaks the run of one; April's two calls make a new run and meet April.
        assertThat(figures.streakRecords()).isEqualTo(new StreakRecords(2, 2, LocalDate.of(2026, 4, 1)));
        assertThat(figures.taskStreaks()).containsEntry("call", new TaskStreak(1, 1, StreakUnit.MONTHS));
    }

    @Test
    void aWeekOrMonthTheTaskDidNotExistAllOfIsNotHeldAgainstIt() {
        // Created on Monday 2 March, a day into the month: March does not count, for or against.
        DailyTask call = task("call", TaskSchedule.timesAMonth(2), MONDAY_2);
        List<DailyProgress> days = List.of(done(march(10), "call"), done(LocalDate.of(2026, 4, 1), "call"),
                done(LocalDate.of(2026, 4, 2), "call"));

        UserAnalytics figures = figures(days, LocalDate.of(2026, 4, 3), UTC, call);

        assertThat(figures.streakRecords()).isEqualTo(new StreakRecords(3, 3, march(10)));
        assertThat(figures.taskStreaks()).containsEntry("call", new TaskStreak(1, 1, StreakUnit.MONTHS));
    }

    @Test
    void daysBeforeAScheduleChangeAreJudgedByTheScheduleTheyHad() {
        // Every day until Wednesday 4, then Mondays and Fridays from Thursday 5.
        DailyTask gym = task("gym", null, MONDAY_2)
                .withSchedule(TaskSchedule.onDays(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), march(5));
        List<DailyProgress> days = List.of(done(march(2), "gym"), done(march(3), "gym"), done(march(4), "gym"),
                done(march(6), "gym"), done(march(9), "gym"));

        UserAnalytics figures = figures(days, march(10), UTC, gym);

        // 2, 3, 4 (every day), 6 and 9 (Fri, Mon): five; Thu 5, the weekend and Tue 10 are off the new schedule.
        assertThat(figures.streakRecords()).isEqualTo(new StreakRecords(5, 5, march(2)));
        assertThat(figures.taskStreaks()).containsEntry("gym", new TaskStreak(5, 5, StreakUnit.DAYS));

        // Had the change come a day later, Thursday 5 would have been due and missed.
        DailyTask later = task("gym", null, MONDAY_2)
                .withSchedule(TaskSchedule.onDays(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), march(6));
        assertThat(figures(days, march(10), UTC, later).streakRecords()).isEqualTo(new StreakRecords(2, 3, march(6)));
    }

    @Test
    void aTaskIsNotDueBeforeTheDayItWasCreatedInThePersonsZone() {
        // 23:30 UTC on Saturday 28 March is 00:30 on Sunday 29 in Berlin (the night the clocks go forward).
        Instant created = Instant.parse("2026-03-28T23:30:00Z");
        DailyTask read = task("read", null, created);
        List<DailyProgress> days = List.of(done(march(27), "read"), done(march(29), "read"));

        // In Berlin the task began on the 29th: the 28th was not due, and the run of 27 and 29 holds.
        assertThat(figures(days, march(30), ZoneId.of("Europe/Berlin"), read).streakRecords())
                .isEqualTo(new StreakRecords(2, 2, march(27)));
        // In UTC it began on the 28th, which was then missed.
        assertThat(figures(days, march(30), UTC, read).streakRecords()).isEqualTo(new StreakRecords(1, 1, march(29)));
    }

    @Test
    void anAtMostTasksAmountsAverageOverTheEntriesWithOne() {
        DailyTask coffee = new DailyTask("coffee", "Coffee", null, null, null, 1, MONDAY_2, null,
                new TaskTarget(new BigDecimal("2"), "cups", TargetKind.AT_MOST), null);
        List<DailyProgress> days = List.of(
                amount(march(2), new BigDecimal("1"), true), amount(march(3), new BigDecimal("3"), false),
                amount(march(4), new BigDecimal("2"), true), done(march(5), "coffee"));

        UserAnalytics figures = figures(days, march(6), UTC, coffee);

        // 1, 3 and 2 cups: 2 on average; the tick without an amount on the 5th is left out of the mean.
        assertThat(figures.taskDifficultyTrends().get("coffee").avgAmount()).isEqualTo(2.0);
        assertThat(figures.taskDifficultyTrends().get("coffee").completionRate()).isEqualTo(0.75);
        // 3 cups on the 3rd was over the limit: the 2nd's run ended there; 4 and 5 make the current one.
        assertThat(figures.taskStreaks()).containsEntry("coffee", new TaskStreak(2, 2, StreakUnit.DAYS));
    }

    private static DailyProgress amount(LocalDate date, BigDecimal cups, boolean met) {
        TaskEntry entry = new TaskEntry("coffee", "Coffee", met, null, null, null, null, null, List.of(), cups);
        return new DailyProgress("d" + date, "ana", date, List.of(entry), null, null, null, null, null);
    }

    @Test
    void withoutAnyGoalsDocumentEveryDayCountsAsDueAsBefore() {
        List<DailyProgress> days = List.of(done(march(2), "x"), done(march(4), "x"));

        UserAnalytics figures = AnalyticsCalculator.compute("ana", History.of(days, UTC),
                DuePlan.of(Optional.empty(), UTC), march(5), NOW);

        assertThat(figures.streakRecords()).isEqualTo(new StreakRecords(1, 1, march(4)));
        assertThat(figures.taskStreaks()).isEmpty();
    }

    @Test
    void anEarlierGoalsTasksWereDueUntilTheNextGoalBegan() {
        // "old" every day from 2 March; the goal was replaced by one begun on Saturday 7 March with "new".
        DailyTask old = task("old", null, MONDAY_2);
        DailyTask fresh = task("new", null, Instant.parse("2026-03-07T09:00:00Z"));
        UserGoals goals = new UserGoals("ana", new LongTermGoal("Next", null, null, GoalStatus.ACTIVE,
                Instant.parse("2026-03-07T09:00:00Z"), Instant.parse("2026-03-07T09:00:00Z")), List.of(fresh),
                List.of(), List.of(new app.rune.model.Goal(new LongTermGoal("First", null, null,
                        GoalStatus.ACTIVE, MONDAY_2, MONDAY_2), List.of(old), List.of())));
        List<DailyProgress> days = List.of(done(march(2), "old"), done(march(3), "old"), done(march(7), "new"),
                done(march(8), "new"));

        UserAnalytics figures = AnalyticsCalculator.compute("ana", History.of(days, UTC),
                DuePlan.of(Optional.of(goals), UTC), march(9), NOW);

        // 4, 5 and 6 March: "old" was still due and missed, so the run of 2 and 3 ended; 7 and 8 make the new run.
        assertThat(figures.streakRecords()).isEqualTo(new StreakRecords(2, 2, march(7)));
        assertThat(figures.taskStreaks()).containsEntry("old", new TaskStreak(0, 2, StreakUnit.DAYS))
                .containsEntry("new", new TaskStreak(2, 2, StreakUnit.DAYS));
    }

    @Test
    void beforeTheDaysStartTheFiguresAreAsOfTheDayBefore() {
        // Done on Monday 2; nothing on Tuesday 3; it is 02:30 on Wednesday 4 in UTC.
        InMemoryProgress progress = new InMemoryProgress();
        progress.save(done(march(2), "read"));
        InMemoryDocuments<app.rune.model.UserPreferences> preferences = new InMemoryDocuments<>(
                app.rune.model.UserPreferences::id);
        InMemoryDocuments<UserGoals> goals = new InMemoryDocuments<>(UserGoals::id);
        goals.save(new UserGoals("ana", new LongTermGoal("Read", null, null, GoalStatus.ACTIVE, MONDAY_2, MONDAY_2),
                List.of(task("read", null, MONDAY_2)), List.of(), List.of()));
        java.time.Clock halfPastTwo = java.time.Clock.fixed(Instant.parse("2026-03-04T02:30:00Z"), UTC);

        preferences.save(prefs(null));
        UserAnalytics atMidnight = new AnalyticsService(progress, new InMemoryDocuments<>(UserAnalytics::id),
                preferences, goals, halfPastTwo).refresh("ana");
        preferences.save(prefs(java.time.LocalTime.of(4, 0)));
        UserAnalytics nightOwl = new AnalyticsService(progress, new InMemoryDocuments<>(UserAnalytics::id),
                preferences, goals, halfPastTwo).refresh("ana");

        // From midnight, Tuesday is over and broke the run; with a 04:00 start it is still Tuesday, not over yet.
        assertThat(atMidnight.streakRecords().currentStreak()).isZero();
        assertThat(nightOwl.streakRecords().currentStreak()).isEqualTo(1);
    }

    private static app.rune.model.UserPreferences prefs(java.time.LocalTime dayStart) {
        return new app.rune.model.UserPreferences("ana", new app.rune.model.CommunicationStyle(null, null, null, null,
                new app.rune.model.UserTimeZone("UTC")), null,
                new app.rune.model.GoalPatterns(List.of(), List.of(), 20, 3, dayStart));
    }
}
