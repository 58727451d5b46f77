package app.rune.service.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.CommunicationStyle;
import app.rune.model.ConversationPhase;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.GoalPatterns;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.StreakRecords;
import app.rune.model.TaskEntry;
import app.rune.model.UserAnalytics;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day's record, with the clock five minutes after midnight in UTC+7 (17:05 the day before in UTC). */
class CheckInServiceTest {
    private static final Instant NOW = Instant.parse("2025-06-27T17:05:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 28);
    private static final Instant APPROVED = NOW.minus(java.time.Duration.ofDays(30));
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("app.rune.coach.goals");

    @TempDir
    Path temp;

    private Store store;
    private ConversationService conversation;
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws Exception {
        store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json());
        store.userPreferences().save(new UserPreferences("ana",
                new CommunicationStyle(null, null, null, null, new UserTimeZone("UTC+7")), null,
                new GoalPatterns(List.of("time_management", "motivation"), List.of(), 20, 3)));
        store.userGoals().save(new UserGoals("ana",
                new LongTermGoal("Hold a 10-minute conversation in Spanish", null, LocalDate.of(2025, 12, 31),
                        GoalStatus.ACTIVE, NOW, NOW),
                // Approved a month ago: a task is planned only from the day it was created.
                List.of(new DailyTask("task_1", "Duolingo practice", null, "2 lessons", 20, 1, APPROVED),
                        new DailyTask("task_2", "Vocabulary flashcards", "Review 30 words", "All cards", 20, 2,
                                APPROVED)),
                List.of(), List.of()));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private CheckInService service() {
        return service(Coach.SILENT);
    }

    private CheckInService service(Coach voice) {
        conversation = new ConversationService(store.conversationContext(), clock);
        GoalService goals = new GoalService(store.userGoals(), store.userPreferences(), conversation,
                new GoalReviewer(WORDS), new TaskPlanner(WORDS), Coach.SILENT, store, clock);
        ObstacleCoach coach = new ObstacleCoach(store.dailyProgress(), store.userGoals(), store.userPreferences(),
                store.userAnalytics(), conversation, WORDS);
        return new CheckInService(store.dailyProgress(), store.userPreferences(), goals, conversation, coach,
                ProgressObserver.NONE, voice, new UserSummaryService(store.userGoals(), store.userAnalytics()),
                store, clock);
    }

    private DailyProgress stored(LocalDate date) {
        return store.dailyProgress().findByUserAndDate("ana", date).orElseThrow();
    }

    @Test
    void aTickJustAfterLocalMidnightLandsOnTheLocalDate() {
        DayPlan plan = service().setCompleted("ana", null, "task_1", true).day();

        assertThat(plan.date()).isEqualTo(TODAY);
        TaskEntry entry = stored(TODAY).tasks().get(0);
        assertThat(entry.completed()).isTrue();
        assertThat(entry.completionTime()).isEqualTo(NOW);
        assertThat(entry.taskTitle()).isEqualTo("Duolingo practice");
        assertThat(store.dailyProgress().findByUserAndDate("ana", TODAY.minusDays(1))).isEmpty();
    }

    @Test
    void aDaysDocumentIsCreatedOnceOnItsFirstChange() {
        CheckInService service = service();
        assertThat(service.day("ana", null).recorded()).isEmpty();

        service.setCompleted("ana", null, "task_1", true);
        String id = stored(TODAY).id();
        clock = Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC);
        service().setCompleted("ana", null, "task_2", true);
        service().checkIn("ana", null, 4, "motivated", false);

        assertThat(store.dailyProgress().findByUserBetween("ana", TODAY.minusDays(30), TODAY)).hasSize(1);
        DailyProgress day = stored(TODAY);
        assertThat(day.id()).isEqualTo(id).matches("[0-9a-f]{24}");
        assertThat(day.createdAt()).isEqualTo(NOW);
        assertThat(day.tasks()).extracting(TaskEntry::taskId).containsExactly("task_1", "task_2");
        assertThat(day.tasks().get(1).completionTime()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void theCoachCheersOnceWhenTheLastTaskOfTodayIsTicked() {
        List<String> said = new ArrayList<>();
        CheckInService service = service((user, intent, facts) -> said.add(user + " " + intent + " " + facts));

        service.setCompleted("ana", null, "task_1", true);
        assertThat(said).as("one of two done").isEmpty();
        service.setCompleted("ana", null, "task_2", true);
        assertThat(said).containsExactly("ana DAY_COMPLETE {count=2}");
        service.setCompleted("ana", null, "task_2", true);
        assertThat(said).as("ticked again: it was all done already").hasSize(1);

        service.setCompleted("ana", null, "task_1", false);
        service.setCompleted("ana", null, "task_1", true);
        assertThat(said).as("taken back and done again").hasSize(2);
        service.setCompleted("ana", TODAY.minusDays(1), "task_1", true);
        service.setCompleted("ana", TODAY.minusDays(1), "task_2", true);
        assertThat(said).as("a past day filled in later").hasSize(2);
    }

    @Test
    void untickingTakesTheTickBack() {
        CheckInService service = service();
        service.setCompleted("ana", null, "task_1", true);

        service.setCompleted("ana", null, "task_1", false);

        TaskEntry entry = stored(TODAY).tasks().get(0);
        assertThat(entry.completed()).isFalse();
        assertThat(entry.completionTime()).isNull();
    }

    @Test
    void anEarlierDayCanBeFilledIn() {
        LocalDate threeDaysAgo = TODAY.minusDays(3);

        DayPlan plan = service().setCompleted("ana", threeDaysAgo, "task_2", true).day();

        assertThat(plan.date()).isEqualTo(threeDaysAgo);
        assertThat(plan.isToday()).isFalse();
        TaskEntry entry = stored(threeDaysAgo).tasks().stream().filter(e -> e.taskId().equals("task_2")).findFirst()
                .orElseThrow();
        assertThat(entry.completed()).isTrue();
        assertThat(entry.completionTime()).as("when it was done that day is not known").isNull();
    }

    @Test
    void theFutureIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> service().setCompleted("ana", TODAY.plusDays(1), "task_1", true))
                .isInstanceOf(InvalidCheckInException.class).hasMessageContaining("in the future");
        assertThatThrownBy(() -> service().checkIn("ana", TODAY.plusDays(1), 3, null, false))
                .isInstanceOf(InvalidCheckInException.class);

        assertThat(store.dailyProgress().findAll()).isEmpty();
    }

    @Test
    void unknownTasksAndBadRatingsAreRefused() {
        assertThatThrownBy(() -> service().setCompleted("ana", null, "task_9", true))
                .isInstanceOf(InvalidCheckInException.class)
                .hasMessageContaining("task_9").hasMessageContaining("task_1, task_2");
        assertThatThrownBy(() -> service().describe("ana", null, "task_1", null, 6, null))
                .hasMessageContaining("difficulty must be from 1 to 5");
        assertThatThrownBy(() -> service().checkIn("ana", null, 0, null, false))
                .hasMessageContaining("day rating must be from 1 to 5");

        assertThat(store.dailyProgress().findAll()).isEmpty();
    }

    @Test
    void notesRatingsSkipsAndTheCheckInAreRecorded() {
        CheckInService service = service();
        service.setCompleted("ana", null, "task_1", true);
        service.describe("ana", null, "task_1", "Did 3 lessons", 3, 5);
        service.skip("ana", null, "task_2", "ran_out_of_time", List.of("work_overtime", " tired ", ""), "Late shift");
        service.checkIn("ana", null, 4, "motivated", false);

        DailyProgress day = stored(TODAY);
        assertThat(day.tasks().get(0)).isEqualTo(new TaskEntry("task_1", "Duolingo practice", true, NOW,
                "Did 3 lessons", 3, 5, null, List.of()));
        assertThat(day.tasks().get(1)).isEqualTo(new TaskEntry("task_2", "Vocabulary flashcards", false, null,
                "Late shift", null, null, "ran_out_of_time", List.of("work_overtime", "tired")));
        assertThat(day.overallDayRating()).isEqualTo(4);
        assertThat(day.moodAfterTasks()).isEqualTo("motivated");
        assertThat(day.checkInTime()).isEqualTo(NOW);
        assertThat(day.restDay()).isNull();
        assertThat(conversation.find("ana").orElseThrow().interactionCount()).isEqualTo(1);
    }

    @Test
    void aRestDayIsMarkedAsSuch() {
        service().checkIn("ana", null, null, "calm", true);

        assertThat(stored(TODAY).restDay()).isTrue();
        assertThat(service().day("ana", null).restDay()).isTrue();
    }

    @Test
    void titlesAreCopiedSoHistorySurvivesARename() {
        service().setCompleted("ana", TODAY.minusDays(1), "task_1", true);
        UserGoals goals = store.userGoals().findById("ana").orElseThrow();
        store.userGoals().save(new UserGoals("ana", goals.longTermGoal(),
                List.of(new DailyTask("task_1", "Spanish app lesson", null, null, 20, 1, NOW)), List.of(), List.of()));

        DayPlan yesterday = service().day("ana", TODAY.minusDays(1));

        assertThat(stored(TODAY.minusDays(1)).tasks().get(0).taskTitle()).isEqualTo("Duolingo practice");
        // task_2 was removed by the save above, but the day was recorded whole: it keeps its untouched entry.
        assertThat(yesterday.tasks()).extracting(TaskDay::taskId).containsExactly("task_1", "task_2");
    }

    @Test
    void aRemovedTaskStillShowsOnTheDaysItWasRecorded() {
        service().setCompleted("ana", TODAY.minusDays(1), "task_2", true);
        UserGoals goals = store.userGoals().findById("ana").orElseThrow();
        store.userGoals().save(new UserGoals("ana", goals.longTermGoal(), goals.dailyTasks().subList(0, 1),
                List.of(), List.of()));

        assertThat(service().day("ana", TODAY.minusDays(1)).tasks()).extracting(TaskDay::title)
                .containsExactly("Duolingo practice", "Vocabulary flashcards");
        assertThat(service().day("ana", null).tasks()).extracting(TaskDay::title).containsExactly("Duolingo practice");
    }

    @Test
    void tasksWaitingForApprovalAreNotOnTheDay() {
        new ConversationService(store.conversationContext(), clock).awaitAction("ana", ConversationPhase.GOAL_SETTING,
                "confirm_goal_breakdown", "approve");

        assertThat(service().day("ana", null).tasks()).isEmpty();
        assertThatThrownBy(() -> service().setCompleted("ana", null, "task_1", true))
                .hasMessageContaining("no approved tasks");
    }

    @Test
    void obstaclesAreSuggestedFromTypicalOnesAndOnesUsedBefore() {
        service().skip("ana", TODAY.minusDays(2), "task_1", "tired", List.of("noisy_flat"), null);

        assertThat(service().day("ana", null).obstacleSuggestions())
                .containsExactly("time_management", "motivation", "noisy_flat");
    }

    @Test
    void theSameObstacleTwiceInAWeekBringsTheCoachWithOptions() {
        store.userAnalytics().save(new UserAnalytics("ana", null, null, new StreakRecords(0, 0, null), Map.of(),
                List.of(LocalTime.of(7, 0)), Map.of(), NOW));
        CheckInService service = service();
        service.skip("ana", TODAY.minusDays(6), "task_2", "ran_out_of_time", List.of("work_overtime"), null);
        assertThat(service.day("ana", null).obstacleAlert()).isEmpty();

        DayPlan plan = service.skip("ana", null, "task_2", "too_tired", List.of("work_overtime"), null).day();

        ObstacleAlert alert = plan.obstacleAlert().orElseThrow();
        assertThat(alert.taskId()).isEqualTo("task_2");
        assertThat(alert.cause()).isEqualTo("work_overtime");
        assertThat(alert.times()).isEqualTo(2);
        assertThat(alert.options()).extracting(ObstacleOption::kind).containsExactly(ObstacleOption.Kind.SHORTER,
                ObstacleOption.Kind.BEST_HOUR, ObstacleOption.Kind.SWAP);
        var context = conversation.find("ana").orElseThrow();
        assertThat(context.currentConversationPhase()).isEqualTo(ConversationPhase.OBSTACLE_SOLVING);
        assertThat(context.pendingActions()).extracting(p -> p.action()).containsExactly("resolve_recurring_obstacle");
        // The wait keeps its task as data, not inside the sentence.
        assertThat(context.pendingActions().get(0).taskId()).isEqualTo("task_2");
        assertThat(context.pendingActions().get(0).context()).doesNotStartWith("task_2");

        DayPlan after = service.acceptObstacleOption("ana", ObstacleOption.Kind.SHORTER).day();

        DailyTask changed = store.userGoals().findById("ana").orElseThrow().dailyTasks().get(1);
        assertThat(changed.id()).isEqualTo("task_2");
        assertThat(changed.estimatedTime()).isEqualTo(10);
        assertThat(changed.description()).isEqualTo("Just the first 10 minutes. Review 30 words");
        assertThat(after.obstacleAlert()).isEmpty();
        assertThat(conversation.find("ana").orElseThrow().currentConversationPhase())
                .isEqualTo(ConversationPhase.DAILY_TRACKING);
    }

    @Test
    void theBestHourAndASwapAreOtherWaysOut() {
        store.userAnalytics().save(new UserAnalytics("ana", null, null, new StreakRecords(0, 0, null), Map.of(),
                List.of(LocalTime.of(7, 0)), Map.of(), NOW));
        CheckInService service = service();
        service.skip("ana", TODAY.minusDays(1), "task_1", "forgot", List.of(), null);
        service.skip("ana", null, "task_1", "forgot", List.of(), null);

        service.acceptObstacleOption("ana", ObstacleOption.Kind.BEST_HOUR);
        assertThat(store.userGoals().findById("ana").orElseThrow().dailyTasks().get(0).description())
                .startsWith("At 07:00, your best hour.");

        service.skip("ana", TODAY.minusDays(2), "task_2", "forgot", List.of(), null);
        service.skip("ana", TODAY.minusDays(1), "task_2", "forgot", List.of(), null);
        DayPlan plan = service.day("ana", null);
        ObstacleOption swap = plan.obstacleAlert().orElseThrow().options().stream()
                .filter(o -> o.kind() == ObstacleOption.Kind.SWAP).findFirst().orElseThrow();
        service.acceptObstacleOption("ana", ObstacleOption.Kind.SWAP);
        DailyTask swapped = store.userGoals().findById("ana").orElseThrow().dailyTasks().get(1);
        assertThat(swapped.id()).isEqualTo("task_2");
        assertThat(swapped.title()).isEqualTo(swap.title()).isNotEqualTo("Vocabulary flashcards");
    }

    @Test
    void skipsMoreThanAWeekApartAreNotARecurrence() {
        CheckInService service = service();
        service.skip("ana", TODAY.minusDays(7), "task_2", "ran_out_of_time", List.of(), null);
        DayPlan plan = service.skip("ana", null, "task_2", "ran_out_of_time", List.of(), null).day();

        assertThat(plan.obstacleAlert()).isEmpty();
        assertThat(conversation.find("ana")).isEmpty();
    }

    @Test
    void theCoachCanBeToldNotNow() {
        CheckInService service = service();
        service.skip("ana", TODAY.minusDays(1), "task_2", "forgot", List.of(), null);
        service.skip("ana", null, "task_2", "forgot", List.of(), null);

        DayPlan plan = service.dismissObstacle("ana").day();

        assertThat(plan.obstacleAlert()).isEmpty();
        assertThat(store.userGoals().findById("ana").orElseThrow().dailyTasks().get(1).title())
                .isEqualTo("Vocabulary flashcards");
    }

    @Test
    void theRecentDaysStripSummarisesEachDay() {
        CheckInService service = service();
        service.setCompleted("ana", TODAY.minusDays(2), "task_1", true);
        service.skip("ana", TODAY.minusDays(2), "task_2", "forgot", List.of(), null);
        service.checkIn("ana", TODAY.minusDays(1), null, null, true);

        List<DaySummary> days = service.recentDays("ana", 14);

        assertThat(days).hasSize(14);
        assertThat(days.get(0).date()).isEqualTo(TODAY.minusDays(13));
        assertThat(days.get(13)).isEqualTo(new DaySummary(TODAY, 0, 2, false, false));
        assertThat(days.get(11)).isEqualTo(new DaySummary(TODAY.minusDays(2), 1, 2, false, false));
        assertThat(days.get(12)).isEqualTo(new DaySummary(TODAY.minusDays(1), 0, 2, true, true));
    }

    @Test
    void onlyASkipReadsTheObstacleCoachingAgain() {
        CheckInService service = service();

        DayChange tick = service.setCompleted("ana", null, "task_1", true);
        assertThat(tick.day().hasCoaching()).as("a tick cannot change the suggestions or the alert").isFalse();
        assertThat(tick.strip()).hasSize(CheckInService.STRIP_DAYS);
        assertThat(tick.strip().get(CheckInService.STRIP_DAYS - 1).completed()).isEqualTo(1);
        assertThat(tick.summary().userId()).isEqualTo("ana");

        DayChange skip = service.skip("ana", null, "task_2", "too_tired", List.of("family"), null);
        assertThat(skip.day().hasCoaching()).isTrue();
        assertThat(skip.day().obstacleSuggestions()).contains("family");
    }
}
