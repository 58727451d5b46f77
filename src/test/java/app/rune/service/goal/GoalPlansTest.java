package app.rune.service.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.DailyTask;
import app.rune.model.EarlierSchedule;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.TargetKind;
import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;
import app.rune.model.UserGoals;
import app.rune.service.coach.Coach;
import app.rune.service.conversation.ConversationService;
import app.rune.service.user.NewUserDefaults;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving the tasks keeps each one's schedule and target, dates a schedule change, and limits the busiest day. */
class GoalPlansTest {
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-01-05T08:00:00Z");
    private static final TaskTarget PAGES = new TaskTarget(new BigDecimal("20"), "pages", TargetKind.AT_LEAST);

    @TempDir
    Path temp;

    private Store store;
    private GoalService goals;

    @BeforeEach
    void setUp() throws Exception {
        store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json());
        // The defaults allow 3 tasks a day.
        store.userPreferences().save(NewUserDefaults.preferences("ana", ZoneId.of("UTC")));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ResourceBundle words = ResourceBundle.getBundle("app.rune.coach.goals");
        goals = new GoalService(store.userGoals(), store.userPreferences(),
                new ConversationService(store.conversationContext(), clock), new GoalReviewer(words),
                new TaskPlanner(words), Coach.SILENT, store, clock);
        store.userGoals().save(new UserGoals("ana", new LongTermGoal("Read more", null, null, GoalStatus.ACTIVE,
                CREATED, CREATED), List.of(new DailyTask("read", "Read", null, null, 30, 1, CREATED, null, PAGES,
                        null), new DailyTask("run", "Run", null, null, 30, 2, CREATED, TaskSchedule.timesAWeek(3),
                        null, List.of(new EarlierSchedule(null, LocalDate.of(2026, 2, 1))))),
                List.of(), List.of()));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private DailyTask stored(String id) {
        return store.userGoals().findById("ana").orElseThrow().dailyTasks().stream().filter(t -> t.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static TaskDraft draft(DailyTask task, TaskSchedule schedule) {
        return new TaskDraft(task.id(), task.title(), null, null, 30, schedule, task.target());
    }

    @Test
    void savingTheTasksKeepsTheirSchedulesTargetsAndEarlierSchedules() {
        DailyTask read = stored("read");
        DailyTask run = stored("run");

        goals.saveTasks("ana", List.of(draft(run, run.schedule()), new TaskDraft(read.id(), "Read a book", null,
                null, 30, null, PAGES)));

        assertThat(stored("read").target()).isEqualTo(PAGES);
        assertThat(stored("read").title()).isEqualTo("Read a book");
        assertThat(stored("run").schedule()).isEqualTo(TaskSchedule.timesAWeek(3));
        assertThat(stored("run").earlierSchedules()).containsExactly(new EarlierSchedule(null, LocalDate.of(2026, 2, 1)));
        assertThat(stored("run").priority()).isEqualTo(1);
    }

    @Test
    void aChangedScheduleAppliesFromTodayAndTheDaysBeforeKeepTheirs() {
        DailyTask read = stored("read");

        goals.saveTasks("ana", List.of(draft(read, TaskSchedule.onDays(List.of(DayOfWeek.MONDAY))),
                draft(stored("run"), TaskSchedule.timesAWeek(3))));

        DailyTask changed = stored("read");
        assertThat(changed.schedule()).isEqualTo(TaskSchedule.onDays(List.of(DayOfWeek.MONDAY)));
        assertThat(changed.scheduleOn(LocalDate.of(2026, 3, 9))).isEqualTo(TaskSchedule.EVERY_DAY);
        assertThat(changed.scheduleOn(LocalDate.of(2026, 3, 10)).days()).hasSize(1);
    }

    @Test
    void theLimitIsForTheBusiestDayNotTheSumOfTheTasks() {
        TaskSchedule mondays = TaskSchedule.onDays(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        TaskSchedule weekend = TaskSchedule.onDays(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        List<TaskDraft> five = List.of(new TaskDraft(null, "Gym", null, null, 30, mondays, null),
                new TaskDraft(null, "Hike", null, null, 30, weekend, null),
                new TaskDraft(null, "Read", null, null, 30, null, PAGES),
                new TaskDraft(null, "Call family", null, null, 30, TaskSchedule.timesAMonth(4), null),
                new TaskDraft(null, "Swim", null, null, 30, TaskSchedule.timesAWeek(2), null));

        // Mon: gym, read; Sat: hike, read; the calls and swims fit on the quiet days: no day has more than 3.
        goals.saveTasks("ana", five);
        assertThat(store.userGoals().findById("ana").orElseThrow().dailyTasks()).hasSize(5);

        List<TaskDraft> tooMany = new java.util.ArrayList<>(five);
        tooMany.add(new TaskDraft(null, "Stretch", null, null, 30, null, null));
        tooMany.add(new TaskDraft(null, "Journal", null, null, 30, null, null));
        assertThatThrownBy(() -> goals.saveTasks("ana", tooMany)).isInstanceOf(InvalidGoalInputException.class);
    }

    @Test
    void theBusiestDayPutsAWeeksTasksOnTheQuietestDays() {
        TaskSchedule weekdays = TaskSchedule.onDays(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

        // Two weekday tasks (2 on Mon-Fri) and a run twice a week, which fits on Saturday and Sunday.
        assertThat(BusiestDay.of(List.of(weekdays, weekdays, TaskSchedule.timesAWeek(2))))
                .isEqualTo(new BusiestDay(DayOfWeek.MONDAY, 2));
        // Three times a week needs a weekday too.
        assertThat(BusiestDay.of(List.of(weekdays, weekdays, TaskSchedule.timesAWeek(3))).tasks()).isEqualTo(3);
        assertThat(BusiestDay.of(java.util.Collections.nCopies(4, (TaskSchedule) null)).tasks()).isEqualTo(4);
    }
}
