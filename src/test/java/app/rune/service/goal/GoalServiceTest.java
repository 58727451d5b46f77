package app.rune.service.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.ConversationContext;
import app.rune.model.ConversationPhase;
import app.rune.model.DailyTask;
import app.rune.model.GoalPatterns;
import app.rune.model.GoalStatus;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.service.coach.Coach;
import app.rune.service.conversation.ConversationService;
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
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalServiceTest {
    private static final Instant NOW = Instant.parse("2025-06-28T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 28);
    private static final String SPANISH_SUCCESS = "I order dinner and chat with the waiter in Spanish";

    @TempDir
    Path temp;

    private Store store;
    private GoalService goals;
    private ConversationService conversation;

    @BeforeEach
    void setUp() throws Exception {
        store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json());
        store.userPreferences().save(NewUserDefaults.preferences("ana", ZoneId.of("UTC")));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        conversation = new ConversationService(store.conversationContext(), clock);
        ResourceBundle words = ResourceBundle.getBundle("app.rune.coach.goals");
        goals = new GoalService(store.userGoals(), store.userPreferences(), conversation, new GoalReviewer(words),
                new TaskPlanner(words), Coach.SILENT, store, clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private GoalState acceptSpanish() {
        GoalReview review = goals.review("ana", "I want to learn Spanish", null);
        return goals.acceptRefinement("ana", review, "Hold a 10-minute conversation in Spanish", SPANISH_SUCCESS,
                TODAY.plusMonths(6));
    }

    @Test
    void aReviewCountsAsAnExchangeWithTheCoach() {
        goals.review("ana", "I want to learn Spanish", null);
        goals.review("ana", "Learn Spanish in 6 months", null);

        ConversationContext context = conversation.find("ana").orElseThrow();
        assertThat(context.interactionCount()).isEqualTo(2);
        assertThat(context.lastInteraction()).isEqualTo(NOW);
    }

    @Test
    void acceptingAFirstGoalStoresItWithItsHistoryAndProposedTasksAwaitingApproval() {
        GoalState state = acceptSpanish();

        UserGoals stored = store.userGoals().findById("ana").orElseThrow();
        assertThat(stored.longTermGoal().title()).isEqualTo("Hold a 10-minute conversation in Spanish");
        assertThat(stored.longTermGoal().targetDate()).isEqualTo(TODAY.plusMonths(6));
        assertThat(stored.longTermGoal().status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(stored.longTermGoal().createdAt()).isEqualTo(NOW);
        assertThat(stored.goalRefinementHistory()).singleElement().satisfies(round -> {
            assertThat(round.original()).isEqualTo("I want to learn Spanish");
            assertThat(round.finalWording()).isEqualTo("Hold a 10-minute conversation in Spanish");
            assertThat(round.refined()).isNotBlank();
            assertThat(round.refinementDate()).isEqualTo(NOW);
        });
        assertThat(stored.dailyTasks()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(stored.dailyTasks()).extracting(DailyTask::priority)
                .containsExactlyElementsOf(range(1, stored.dailyTasks().size()));
        assertThat(state.awaitingApproval()).isTrue();
        ConversationContext context = conversation.find("ana").orElseThrow();
        assertThat(context.currentConversationPhase()).isEqualTo(ConversationPhase.GOAL_SETTING);
        assertThat(context.pendingActions()).singleElement()
                .satisfies(p -> assertThat(p.action()).isEqualTo("confirm_goal_breakdown"));
    }

    @Test
    void approvingTheTasksSettlesThePendingActionAndKeepsIds() {
        GoalState proposed = acceptSpanish();
        List<DailyTask> tasks = proposed.goals().dailyTasks();
        List<TaskDraft> drafts = new ArrayList<>();
        drafts.add(new TaskDraft(tasks.get(0).id(), "Flashcards, 20 new words", null, "20 cards reviewed", 15));
        drafts.add(new TaskDraft(null, "Listen to a Spanish podcast", "Any episode", null, 25));

        GoalState approved = goals.saveTasks("ana", drafts);

        assertThat(approved.awaitingApproval()).isFalse();
        List<DailyTask> stored = store.userGoals().findById("ana").orElseThrow().dailyTasks();
        assertThat(stored).extracting(DailyTask::title)
                .containsExactly("Flashcards, 20 new words", "Listen to a Spanish podcast");
        assertThat(stored.get(0).id()).isEqualTo(tasks.get(0).id());
        assertThat(stored.get(1).id()).isNotIn(tasks.stream().map(DailyTask::id).toList());
        assertThat(stored).extracting(DailyTask::priority).containsExactly(1, 2);
        ConversationContext context = conversation.find("ana").orElseThrow();
        assertThat(context.pendingActions()).isEmpty();
        assertThat(context.currentConversationPhase()).isEqualTo(ConversationPhase.DAILY_TRACKING);
    }

    @Test
    void refiningAnActiveGoalAddsAHistoryEntryAndKeepsItsTasks() {
        GoalState first = acceptSpanish();
        goals.saveTasks("ana", first.goals().dailyTasks().stream()
                .map(t -> new TaskDraft(t.id(), t.title(), t.description(), t.successCriteria(), t.estimatedTime()))
                .toList());

        GoalReview again = goals.review("ana", "Hold a 10-minute conversation in Spanish", null);
        GoalState refined = goals.acceptRefinement("ana", again, "Hold a 20-minute conversation in Spanish", null,
                TODAY.plusMonths(9));

        assertThat(refined.goals().goalRefinementHistory()).hasSize(2);
        assertThat(refined.goals().longTermGoal().title()).isEqualTo("Hold a 20-minute conversation in Spanish");
        assertThat(refined.goals().dailyTasks()).isEqualTo(store.userGoals().findById("ana").orElseThrow().dailyTasks())
                .extracting(DailyTask::id).containsExactlyElementsOf(
                        first.goals().dailyTasks().stream().map(DailyTask::id).toList());
        assertThat(refined.awaitingApproval()).isFalse();
    }

    @Test
    void aNewGoalAfterCompletingArchivesTheOldOneWithEverything() {
        GoalState first = acceptSpanish();
        goals.changeStatus("ana", GoalStatus.COMPLETED);

        GoalReview review = goals.review("ana", "Run a 5 km race", null);
        GoalState second = goals.acceptRefinement("ana", review, "Run 5 km without stopping", "", TODAY.plusMonths(3));

        UserGoals stored = second.goals();
        assertThat(stored.archivedGoals()).singleElement().satisfies(old -> {
            assertThat(old.longTermGoal().title()).isEqualTo("Hold a 10-minute conversation in Spanish");
            assertThat(old.longTermGoal().status()).isEqualTo(GoalStatus.COMPLETED);
            assertThat(old.dailyTasks()).isEqualTo(first.goals().dailyTasks());
            assertThat(old.goalRefinementHistory()).isEqualTo(first.goals().goalRefinementHistory());
        });
        assertThat(stored.goalRefinementHistory()).singleElement()
                .satisfies(r -> assertThat(r.original()).isEqualTo("Run a 5 km race"));
        // Task ids are never reused: progress history refers to tasks by id.
        assertThat(stored.dailyTasks()).extracting(DailyTask::id)
                .doesNotContainAnyElementsOf(first.goals().dailyTasks().stream().map(DailyTask::id).toList());
        assertThat(second.awaitingApproval()).isTrue();
    }

    @Test
    void whatSuccessLooksLikeIsStoredWithTheGoalAndCanBeSaidAgain() {
        acceptSpanish();
        assertThat(store.userGoals().findById("ana").orElseThrow().longTermGoal().description())
                .isEqualTo(SPANISH_SUCCESS);

        GoalState described = goals.describe("ana", "  I follow a film in Spanish without subtitles \n");

        assertThat(described.goals().longTermGoal().description())
                .isEqualTo("I follow a film in Spanish without subtitles");
        assertThat(store.userGoals().findById("ana").orElseThrow().longTermGoal())
                .isEqualTo(described.goals().longTermGoal())
                .satisfies(goal -> assertThat(goal.updatedAt()).isEqualTo(NOW));
        assertThat(goals.describe("ana", " ").goals().longTermGoal().description()).as("said nothing").isNull();
    }

    @Test
    void aDescriptionIsHeldToTheRulesOfOtherText() {
        acceptSpanish();
        UserGoals before = store.userGoals().findById("ana").orElseThrow();

        assertThatThrownBy(() -> goals.describe("ana", "x".repeat(GoalInputRules.MAX_GOAL_DESCRIPTION_LENGTH + 1)))
                .isInstanceOf(InvalidGoalInputException.class)
                .satisfies(e -> assertThat(((InvalidGoalInputException) e).problem().key())
                        .isEqualTo("goal.error.descriptionTooLong"));
        assertThatThrownBy(() -> goals.describe("ana", "half a pair \uD83D"))
                .isInstanceOf(InvalidGoalInputException.class)
                .satisfies(e -> assertThat(((InvalidGoalInputException) e).problem().key())
                        .isEqualTo("text.error.brokenCharacter"));
        GoalReview review = goals.review("ana", "Hold a 10-minute conversation in Spanish", null);
        assertThatThrownBy(() -> goals.acceptRefinement("ana", review, review.proposedWording(), "\uDC00",
                TODAY.plusMonths(6))).isInstanceOf(InvalidGoalInputException.class);
        assertThat(store.userGoals().findById("ana").orElseThrow()).as("nothing written").isEqualTo(before);
    }

    @Test
    void statusChangesKeepUpdatedAtCurrentAndClosedGoalsStayClosed() {
        acceptSpanish();

        assertThat(goals.changeStatus("ana", GoalStatus.PAUSED).goals().longTermGoal().status())
                .isEqualTo(GoalStatus.PAUSED);
        assertThat(goals.changeStatus("ana", GoalStatus.ACTIVE).goals().longTermGoal().updatedAt()).isEqualTo(NOW);
        goals.changeStatus("ana", GoalStatus.ABANDONED);

        assertThatThrownBy(() -> goals.changeStatus("ana", GoalStatus.ACTIVE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.userGoals().findById("ana").orElseThrow().longTermGoal().status())
                .isEqualTo(GoalStatus.ABANDONED);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        GoalReview review = goals.review("ana", "I want to learn Spanish", null);

        assertThatThrownBy(() -> goals.acceptRefinement("ana", review, " ", null, TODAY.plusDays(10)))
                .isInstanceOf(InvalidGoalInputException.class);
        assertThatThrownBy(() -> goals.acceptRefinement("ana", review, "x".repeat(151), null, TODAY.plusDays(10)))
                .isInstanceOf(InvalidGoalInputException.class);
        assertThatThrownBy(() -> goals.acceptRefinement("ana", review, "Speak Spanish", null, TODAY))
                .isInstanceOf(InvalidGoalInputException.class);
        assertThat(store.userGoals().findById("ana")).isEmpty();

        acceptSpanish();
        UserGoals before = store.userGoals().findById("ana").orElseThrow();
        List<TaskDraft> four = List.of(new TaskDraft(null, "a", null, null, 10), new TaskDraft(null, "b", null, null, 10),
                new TaskDraft(null, "c", null, null, 10), new TaskDraft(null, "d", null, null, 10));
        assertThatThrownBy(() -> goals.saveTasks("ana", four)).isInstanceOf(InvalidGoalInputException.class)
                .satisfies(e -> assertThat(((InvalidGoalInputException) e).problem().key()).isEqualTo("task.error.tooMany"));
        assertThatThrownBy(() -> goals.saveTasks("ana", List.of(new TaskDraft(null, "a", null, null, 0))))
                .isInstanceOf(InvalidGoalInputException.class);
        assertThatThrownBy(() -> goals.saveTasks("ana", List.of(new TaskDraft(null, "a", null, null, 1441))))
                .isInstanceOf(InvalidGoalInputException.class);
        assertThatThrownBy(() -> goals.saveTasks("ana", List.of(new TaskDraft(null, "", null, null, 10))))
                .isInstanceOf(InvalidGoalInputException.class);
        assertThat(store.userGoals().findById("ana")).contains(before);
    }

    @Test
    void theDailyMaximumComesFromThePreferences() {
        store.userPreferences().save(new UserPreferences("ana", null, null,
                new GoalPatterns(List.of(), List.of(), 30, 1)));

        GoalState state = acceptSpanish();

        assertThat(state.limits()).isEqualTo(new PlanningLimits(30, 1));
        assertThat(state.goals().dailyTasks()).hasSize(1);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    @Test
    void onlyApprovedTasksOfAnActiveGoalReachTheDay() {
        GoalState proposed = acceptSpanish();
        assertThat(goals.approvedTasks("ana")).as("waiting for approval").isEmpty();

        List<TaskDraft> reversed = new ArrayList<>(proposed.goals().dailyTasks().stream()
                .map(t -> new TaskDraft(t.id(), t.title(), t.description(), t.successCriteria(), t.estimatedTime()))
                .toList());
        Collections.reverse(reversed);
        goals.saveTasks("ana", reversed);
        List<DailyTask> approved = goals.approvedTasks("ana");
        assertThat(approved).hasSize(proposed.goals().dailyTasks().size());
        assertThat(approved).extracting(DailyTask::priority).isSorted();

        goals.changeStatus("ana", GoalStatus.PAUSED);
        assertThat(goals.approvedTasks("ana")).as("a paused goal").isEmpty();
    }
}
