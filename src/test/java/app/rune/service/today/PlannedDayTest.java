package app.rune.service.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.CommunicationStyle;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.GoalPatterns;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.SchedulePeriod;
import app.rune.model.TargetKind;
import app.rune.model.TaskTarget;
import app.rune.model.TaskEntry;
import app.rune.model.TaskSchedule;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.service.coach.Coach;
import app.rune.service.conversation.ConversationService;
import app.rune.service.goal.GoalReviewer;
import app.rune.service.goal.GoalService;
import app.rune.service.goal.TaskPlanner;
import app.rune.service.user.UserSummaryService;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day's document holds every task planned that day from its first write, so a task left alone counts as not
 * done; and the person's day starts when they say (a night owl's 02:30 is still the day before).
 */
class PlannedDayTest {
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("app.rune.coach.goals");
    /** A Wednesday, 19:00 in UTC+2. */
    private static final Instant WEDNESDAY_EVENING = Instant.parse("2026-03-04T17:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path temp;

    private Store store;

    @AfterEach
    void tearDown() {
        if (store != null) {
            store.close();
        }
    }

    private CheckInService service(LocalTime dayStart, Instant now, DailyTask... tasks) throws Exception {
        if (store == null) {
            store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json());
            store.userPreferences().save(new UserPreferences("ana",
                    new CommunicationStyle(null, null, null, null, new UserTimeZone("UTC+2")), null,
                    new GoalPatterns(List.of(), List.of(), 20, 5, dayStart)));
            store.userGoals().save(new UserGoals("ana", new LongTermGoal("Get fit", null, null, GoalStatus.ACTIVE,
                    CREATED, CREATED), List.of(tasks), List.of(), List.of()));
        }
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        ConversationService conversation = new ConversationService(store.conversationContext(), clock);
        GoalService goals = new GoalService(store.userGoals(), store.userPreferences(), conversation,
                new GoalReviewer(WORDS), new TaskPlanner(WORDS), Coach.SILENT, store, clock);
        ObstacleCoach coach = new ObstacleCoach(store.dailyProgress(), store.userGoals(), store.userPreferences(),
                store.userAnalytics(), conversation, WORDS);
        return new CheckInService(store.dailyProgress(), store.userPreferences(), goals, conversation, coach,
                ProgressObserver.NONE, Coach.SILENT, new UserSummaryService(store.userGoals(), store.userAnalytics()),
                store, clock);
    }

    private static DailyTask task(String id, int priority, TaskSchedule schedule, Instant created) {
        return new DailyTask(id, id, null, null, 20, priority, created, schedule, null, null);
    }

    private List<TaskEntry> entries(LocalDate date) {
        return store.dailyProgress().findByUserAndDate("ana", date).map(DailyProgress::tasks).orElseThrow();
    }

    @Test
    void theFirstTickWritesEveryTaskPlannedThatDay() throws Exception {
        CheckInService checkIns = service(null, WEDNESDAY_EVENING,
                task("read", 1, null, CREATED),
                task("gym", 2, TaskSchedule.onDays(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)), CREATED),
                task("swim", 3, TaskSchedule.onDays(List.of(DayOfWeek.TUESDAY)), CREATED),
                task("run", 4, TaskSchedule.timesAWeek(3), CREATED),
                task("stretch", 5, null, CREATED));
        LocalDate wednesday = LocalDate.of(2026, 3, 4);

        checkIns.setCompleted("ana", null, "stretch", true);

        assertThat(entries(wednesday)).extracting(TaskEntry::taskId).containsExactly("read", "gym", "stretch");
        assertThat(entries(wednesday)).filteredOn(e -> !e.taskId().equals("stretch"))
                .allSatisfy(untouched -> {
                    assertThat(untouched.completed()).isFalse();
                    assertThat(untouched.skipReason()).isNull();
                    assertThat(untouched.completionTime()).isNull();
                });
        assertThat(checkIns.day("ana", wednesday).completedCount()).isEqualTo(1);
    }

    @Test
    void aTaskNTimesAWeekEntersTheDayOnceTouched() throws Exception {
        CheckInService checkIns = service(null, WEDNESDAY_EVENING,
                task("read", 1, null, CREATED), task("run", 2, TaskSchedule.timesAWeek(3), CREATED));

        checkIns.setCompleted("ana", null, "run", true);

        assertThat(entries(LocalDate.of(2026, 3, 4))).extracting(TaskEntry::taskId, TaskEntry::completed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("read", false),
                        org.assertj.core.groups.Tuple.tuple("run", true));
    }

    @Test
    void aPastDayHoldsOnlyTasksThatExistedThenWithTheScheduleTheyHad() throws Exception {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        DailyTask gymSinceTuesday = task("gym", 2, null, CREATED)
                .withSchedule(TaskSchedule.onDays(List.of(DayOfWeek.FRIDAY)), monday.plusDays(1));
        CheckInService checkIns = service(null, WEDNESDAY_EVENING,
                task("read", 1, null, CREATED), gymSinceTuesday,
                task("new", 3, null, Instant.parse("2026-03-03T09:00:00Z")));

        checkIns.setCompleted("ana", monday, "read", true);

        // On Monday the gym was still every day; "new" did not exist yet.
        assertThat(entries(monday)).extracting(TaskEntry::taskId).containsExactly("read", "gym");
    }

    @Test
    void aTickBeforeTheDaysStartBelongsToTheDayBefore() throws Exception {
        // 02:30 on Thursday in UTC+2, with the day starting at 04:00: still Wednesday.
        Instant halfPastTwo = Instant.parse("2026-03-05T00:30:00Z");
        CheckInService checkIns = service(LocalTime.of(4, 0), halfPastTwo, task("read", 1, null, CREATED));

        assertThat(checkIns.today("ana")).isEqualTo(LocalDate.of(2026, 3, 4));
        checkIns.setCompleted("ana", null, "read", true);

        assertThat(entries(LocalDate.of(2026, 3, 4))).extracting(TaskEntry::completed).containsExactly(true);
        assertThat(store.dailyProgress().findByUserAndDate("ana", LocalDate.of(2026, 3, 5))).isEmpty();
    }

    @Test
    void fromTheDaysStartItIsTheNewDay() throws Exception {
        Instant fourOClock = Instant.parse("2026-03-05T02:00:00Z");
        CheckInService checkIns = service(LocalTime.of(4, 0), fourOClock, task("read", 1, null, CREATED));

        assertThat(checkIns.today("ana")).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    private static DailyTask measured(String id, String amount, TargetKind kind) {
        return new DailyTask(id, id, null, null, 20, 1, CREATED, null,
                new TaskTarget(new BigDecimal(amount), "pages", kind), null);
    }

    private TaskEntry entry(LocalDate date, String taskId) {
        return entries(date).stream().filter(e -> e.taskId().equals(taskId)).findFirst().orElseThrow();
    }

    @Test
    void anAmountIsDoneOnceItMeetsTheTarget() throws Exception {
        CheckInService checkIns = service(null, WEDNESDAY_EVENING, measured("read", "20", TargetKind.AT_LEAST),
                measured("coffee", "2", TargetKind.AT_MOST));
        LocalDate wednesday = LocalDate.of(2026, 3, 4);

        checkIns.setAmount("ana", null, "read", new BigDecimal("12.5"));
        assertThat(entry(wednesday, "read").completed()).isFalse();
        assertThat(entry(wednesday, "read").amount()).isEqualByComparingTo("12.5");

        checkIns.setAmount("ana", null, "read", new BigDecimal("20"));
        assertThat(entry(wednesday, "read").completed()).isTrue();
        assertThat(entry(wednesday, "read").completionTime()).isEqualTo(WEDNESDAY_EVENING);

        checkIns.setAmount("ana", null, "coffee", new BigDecimal("3"));
        assertThat(entry(wednesday, "coffee").completed()).as("3 cups is over at most 2").isFalse();
        checkIns.setAmount("ana", null, "coffee", BigDecimal.ONE);
        assertThat(entry(wednesday, "coffee").completed()).isTrue();
    }

    @Test
    void aTickWithoutAnAmountRecordsTheTargetAndTakingItBackClearsIt() throws Exception {
        CheckInService checkIns = service(null, WEDNESDAY_EVENING, measured("read", "20", TargetKind.AT_LEAST));
        LocalDate wednesday = LocalDate.of(2026, 3, 4);

        checkIns.setCompleted("ana", null, "read", true);
        assertThat(entry(wednesday, "read").amount()).isEqualByComparingTo("20");
        assertThat(checkIns.day("ana", null).tasks().get(0).amount()).contains(new BigDecimal("20"));

        checkIns.setCompleted("ana", null, "read", false);
        assertThat(entry(wednesday, "read").amount()).isNull();
        assertThat(entry(wednesday, "read").completed()).isFalse();
    }

    @Test
    void aSkipKeepsWhatWasDoneShortOfTheTarget() throws Exception {
        CheckInService checkIns = service(null, WEDNESDAY_EVENING, measured("read", "20", TargetKind.AT_LEAST));
        LocalDate wednesday = LocalDate.of(2026, 3, 4);
        checkIns.setAmount("ana", null, "read", new BigDecimal("12"));

        checkIns.skip("ana", null, "read", "ran_out_of_time", List.of(), null);

        assertThat(entry(wednesday, "read").amount()).isEqualByComparingTo("12");
        assertThat(entry(wednesday, "read").skipReason()).isEqualTo("ran_out_of_time");
    }

    @Test
    void anAmountForAYesNoTaskOrAWrongAmountIsRefusedAndNothingIsWritten() throws Exception {
        CheckInService checkIns = service(null, WEDNESDAY_EVENING, task("walk", 1, null, CREATED),
                measured("read", "20", TargetKind.AT_LEAST));

        assertThatThrownBy(() -> checkIns.setAmount("ana", null, "walk", BigDecimal.ONE))
                .isInstanceOf(InvalidCheckInException.class).hasMessage("\"walk\" is a yes/no task: tick it without an amount.");
        assertThatThrownBy(() -> checkIns.setAmount("ana", null, "read", new BigDecimal("-1")))
                .hasMessage("The amount -1 is below 0.");
        assertThatThrownBy(() -> checkIns.setAmount("ana", null, "read", new BigDecimal("1.2345")))
                .hasMessage("The amount 1.2345 has more than 3 decimals.");
        assertThat(store.dailyProgress().findByUserAndDate("ana", LocalDate.of(2026, 3, 4))).isEmpty();
    }

    @Test
    void aFlexibleTaskShowsItsWeekAndMonthAfterTheTasksOfTheDay() throws Exception {
        // Monday 2 March and Tuesday 3 March run; Sunday 1 March is in the week before.
        CheckInService checkIns = service(null, WEDNESDAY_EVENING, task("run", 1, TaskSchedule.timesAWeek(3), CREATED),
                task("call", 2, TaskSchedule.timesAMonth(4), CREATED), task("read", 3, null, CREATED));
        checkIns.setCompleted("ana", LocalDate.of(2026, 3, 1), "run", true);
        checkIns.setCompleted("ana", LocalDate.of(2026, 3, 2), "run", true);
        checkIns.setCompleted("ana", LocalDate.of(2026, 3, 3), "run", true);
        checkIns.setCompleted("ana", LocalDate.of(2026, 3, 3), "call", true);

        List<TaskDay> today = checkIns.day("ana", null).tasks();

        assertThat(today).extracting(TaskDay::taskId).containsExactly("read", "run", "call");
        assertThat(today.get(1).period()).isEqualTo(new TaskDay.Period(SchedulePeriod.WEEK, 2, 3));
        assertThat(today.get(2).period()).isEqualTo(new TaskDay.Period(SchedulePeriod.MONTH, 1, 4));
        checkIns.setCompleted("ana", null, "run", true);
        assertThat(checkIns.day("ana", null).tasks().get(1).period().met()).isTrue();
    }

    @Test
    void aRestDaysEntriesDoNotCountTowardsTheWeek() throws Exception {
        CheckInService checkIns = service(null, WEDNESDAY_EVENING, task("run", 1, TaskSchedule.timesAWeek(2), CREATED));
        LocalDate tuesday = LocalDate.of(2026, 3, 3);
        checkIns.setCompleted("ana", tuesday, "run", true);
        checkIns.checkIn("ana", tuesday, null, null, true);

        assertThat(checkIns.day("ana", null).tasks().get(0).period().done()).isZero();
    }

    @Test
    void acceptingTheCoachsChangeKeepsTheTasksPlan() throws Exception {
        DailyTask read = new DailyTask("read", "Read", null, null, 30, 1, CREATED,
                TaskSchedule.onDays(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)),
                new TaskTarget(new BigDecimal("20"), "pages", TargetKind.AT_LEAST), null);
        CheckInService checkIns = service(null, WEDNESDAY_EVENING, read);
        checkIns.skip("ana", LocalDate.of(2026, 3, 3), "read", "ran_out_of_time", List.of("work_overtime"), null);
        checkIns.skip("ana", null, "read", "ran_out_of_time", List.of("work_overtime"), null);
        assertThat(checkIns.day("ana", null).obstacleAlert()).as("the coach steps in").isPresent();

        checkIns.acceptObstacleOption("ana", ObstacleOption.Kind.SHORTER);

        DailyTask changed = store.userGoals().findById("ana").orElseThrow().dailyTasks().get(0);
        assertThat(changed.estimatedTime()).isLessThan(30);
        assertThat(changed.schedule()).isEqualTo(read.schedule());
        assertThat(changed.target()).isEqualTo(read.target());
    }

    /**
     * The light check a tick makes before its change (without the week's and month's counts) says what the full
     * day says, on random days of a mixed plan: set days, every day, a task made later, three a week, and entries
     * of a task no longer planned.
     */
    @Test
    void theTicksLightCheckAgreesWithTheFullDay() throws Exception {
        CheckInService checkIns = service(null, WEDNESDAY_EVENING,
                task("read", 1, null, CREATED),
                task("gym", 2, TaskSchedule.onDays(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)), CREATED),
                task("run", 3, TaskSchedule.timesAWeek(3), CREATED),
                task("late", 4, TaskSchedule.timesAWeek(2), WEDNESDAY_EVENING.minusSeconds(86_400L * 2)));
        DayReader reader = new DayReader(store.dailyProgress(), store.userPreferences(), new GoalService(
                store.userGoals(), store.userPreferences(), new ConversationService(store.conversationContext(),
                Clock.fixed(WEDNESDAY_EVENING, ZoneOffset.UTC)), new GoalReviewer(WORDS), new TaskPlanner(WORDS),
                Coach.SILENT, store, Clock.fixed(WEDNESDAY_EVENING, ZoneOffset.UTC)),
                new ObstacleCoach(store.dailyProgress(), store.userGoals(), store.userPreferences(),
                        store.userAnalytics(), new ConversationService(store.conversationContext(),
                        Clock.fixed(WEDNESDAY_EVENING, ZoneOffset.UTC)), WORDS),
                Clock.fixed(WEDNESDAY_EVENING, ZoneOffset.UTC));
        java.util.Random random = new Random(7);
        String[] ids = {"read", "gym", "run", "late", "gone"};
        int agreedAllDone = 0;
        for (int n = 0; n < 300; n++) {
            LocalDate day = LocalDate.of(2026, 3, 4).minusDays(random.nextInt(10));
            List<TaskEntry> entries = new ArrayList<>();
            for (String id : ids) {
                if (random.nextInt(3) > 0) {
                    entries.add(new TaskEntry(id, id, random.nextInt(4) > 0, null, null, null, null, null,
                            List.of()));
                }
            }
            Optional<DailyProgress> recorded = random.nextInt(8) == 0 ? Optional.empty()
                    : Optional.of(new DailyProgress("d" + n, "ana", day, entries, null, null, null, null,
                            null));
            List<TaskDay> full = reader.tasksOf("ana", day, recorded);
            List<TaskDay> set = full.stream().filter(t -> !t.flexible()).toList();
            boolean expected = !set.isEmpty() && set.stream().allMatch(TaskDay::completed);
            assertThat(reader.allSetTasksDone("ana", day, recorded)).as("case %d on %s: %s", n, day, entries)
                    .isEqualTo(expected);
            agreedAllDone += expected ? 1 : 0;
        }
        assertThat(agreedAllDone).as("some days had every task done").isPositive();
        assertThat(checkIns).isNotNull();
    }
}
