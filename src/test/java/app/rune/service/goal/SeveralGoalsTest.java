package app.rune.service.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.model.DailyTask;
import app.rune.model.Goal;
import app.rune.model.GoalStatus;
import app.rune.model.PlacedGoal;
import app.rune.model.UserGoals;
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
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goals side by side: a second goal beside the focus one, its own approval, focus changes, ends, the limit. */
class SeveralGoalsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path temp;

    private Store store;
    private GoalService goals;

    @BeforeEach
    void setUp() throws Exception {
        store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json());
        store.userPreferences().save(NewUserDefaults.preferences("ana", ZoneId.of("UTC")));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ResourceBundle words = ResourceBundle.getBundle("app.rune.coach.goals");
        goals = new GoalService(store.userGoals(), store.userPreferences(),
                new ConversationService(store.conversationContext(), clock), new GoalReviewer(words),
                new TaskPlanner(words), Coach.SILENT, store, clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    /** Starts a new goal worded {@code title} and approves the coach's tasks as proposed. */
    private GoalState startAndApprove(String wish, String title) {
        GoalState proposed = newGoal(wish, title);
        List<TaskDraft> drafts = proposed.goal().orElseThrow().goal().dailyTasks().stream().limit(1)
                .map(t -> new TaskDraft(t.id(), t.title(), t.description(), t.successCriteria(), t.estimatedTime(),
                        t.schedule(), t.target()))
                .toList();
        return goals.saveTasks("ana", proposed.goalId(), drafts);
    }

    private GoalState newGoal(String wish, String title) {
        GoalReview review = goals.review("ana", wish, null);
        return goals.acceptRefinement("ana", null, review, title, "", TODAY.plusMonths(6));
    }

    private UserGoals stored() {
        return store.userGoals().findById("ana").orElseThrow();
    }

    @Test
    void aSecondGoalGoesBesideTheFocusOneAndWaitsForItsOwnApproval() {
        GoalState first = startAndApprove("I want to learn Spanish", "Hold a conversation in Spanish");
        List<DailyTask> focusTasks = goals.approvedTasks("ana");

        GoalState second = newGoal("I want to run a half marathon", "Run a half marathon");

        UserGoals document = stored();
        assertThat(document.longTermGoal().title()).isEqualTo("Hold a conversation in Spanish");
        assertThat(document.otherGoals()).singleElement()
                .satisfies(g -> assertThat(g.longTermGoal().title()).isEqualTo("Run a half marathon"));
        assertThat(second.goalId()).isEqualTo("goal_2").isNotEqualTo(first.goalId());
        assertThat(second.awaitingApproval()).isTrue();
        assertThat(goals.load("ana").awaitingApproval()).as("the focus goal's tasks stay approved").isFalse();
        assertThat(goals.approvedTasks("ana")).as("the new goal's tasks wait").isEqualTo(focusTasks);
        assertThat(document.goals()).allSatisfy(g -> assertThat(g.longTermGoal().goalId()).isEqualTo(g.id()));
    }

    @Test
    void approvedGoalsListTheFocusGoalFirstAndTaskIdsAreNeverSharedBetweenGoals() {
        startAndApprove("I want to learn Spanish", "Hold a conversation in Spanish");
        startAndApprove("I want to run a half marathon", "Run a half marathon");

        List<TaskGroup> groups = goals.approvedGoals("ana");

        assertThat(groups).extracting(TaskGroup::goalTitle)
                .containsExactly("Hold a conversation in Spanish", "Run a half marathon");
        assertThat(groups).extracting(TaskGroup::focus).containsExactly(true, false);
        Set<String> ids = new HashSet<>();
        stored().goals().forEach(g -> g.goal().dailyTasks().forEach(t -> assertThat(ids.add(t.id())).isTrue()));
        assertThat(goals.approvedTasks("ana")).hasSize(groups.stream().mapToInt(g -> g.tasks().size()).sum());
    }

    @Test
    void makingAnotherGoalTheFocusSwapsTheTwoAndKeepsEverythingElse() {
        startAndApprove("I want to learn Spanish", "Hold a conversation in Spanish");
        GoalState run = startAndApprove("I want to run a half marathon", "Run a half marathon");
        UserGoals before = stored();

        goals.makeFocus("ana", run.goalId());

        UserGoals after = stored();
        assertThat(after.longTermGoal().title()).isEqualTo("Run a half marathon");
        assertThat(after.otherGoals()).singleElement()
                .satisfies(g -> assertThat(g.longTermGoal().title()).isEqualTo("Hold a conversation in Spanish"));
        assertThat(after.goals()).extracting(PlacedGoal::goal)
                .containsExactlyInAnyOrderElementsOf(before.goals().stream().map(PlacedGoal::goal).toList());
        assertThat(goals.approvedGoals("ana").get(0).goalTitle()).isEqualTo("Run a half marathon");
    }

    @Test
    void aGoalAchievedBesideOthersMovesToTheEarlierGoalsAndTheNextTakesTheFocus() {
        GoalState spanish = startAndApprove("I want to learn Spanish", "Hold a conversation in Spanish");
        startAndApprove("I want to run a half marathon", "Run a half marathon");

        goals.changeStatus("ana", spanish.goalId(), GoalStatus.COMPLETED);

        UserGoals after = stored();
        assertThat(after.longTermGoal().title()).isEqualTo("Run a half marathon");
        assertThat(after.otherGoals()).isEmpty();
        assertThat(after.archivedGoals()).singleElement().satisfies(g -> {
            assertThat(g.longTermGoal().title()).isEqualTo("Hold a conversation in Spanish");
            assertThat(g.longTermGoal().status()).isEqualTo(GoalStatus.COMPLETED);
        });
        assertThat(goals.approvedGoals("ana")).extracting(TaskGroup::goalTitle).containsExactly("Run a half marathon");
    }

    @Test
    void aPausedGoalRestsItsTasksWhileTheOthersGoOn() {
        startAndApprove("I want to learn Spanish", "Hold a conversation in Spanish");
        GoalState run = startAndApprove("I want to run a half marathon", "Run a half marathon");

        goals.changeStatus("ana", run.goalId(), GoalStatus.PAUSED);

        assertThat(goals.approvedGoals("ana")).extracting(TaskGroup::goalTitle)
                .containsExactly("Hold a conversation in Spanish");
        assertThat(stored().otherGoals()).singleElement().extracting(g -> g.longTermGoal().status())
                .isEqualTo(GoalStatus.PAUSED);
    }

    @Test
    void aSixthCurrentGoalIsRefusedAndNothingChanges() {
        for (int i = 1; i <= UserGoals.MAX_CURRENT_GOALS; i++) {
            newGoal("I want to get better at thing " + i, "Get better at thing " + i);
        }
        UserGoals before = stored();

        assertThatThrownBy(() -> newGoal("I want one more", "One more goal"))
                .isInstanceOfSatisfying(InvalidGoalInputException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("goal.error.tooManyGoals"));
        assertThat(stored()).isEqualTo(before);
        assertThat(before.currentGoals()).hasSize(UserGoals.MAX_CURRENT_GOALS);
    }

    @Test
    void rewordingAnotherGoalKeepsItsTasksAndPlace() {
        startAndApprove("I want to learn Spanish", "Hold a conversation in Spanish");
        GoalState run = startAndApprove("I want to run a half marathon", "Run a half marathon");
        Goal before = stored().goal(run.goalId()).orElseThrow().goal();

        GoalReview review = goals.review("ana", "Run a half marathon in May", null);
        goals.acceptRefinement("ana", run.goalId(), review, "Run a half marathon in May", "", TODAY.plusMonths(3));

        PlacedGoal after = stored().goal(run.goalId()).orElseThrow();
        assertThat(after.title()).isEqualTo("Run a half marathon in May");
        assertThat(after.isFocus()).isFalse();
        assertThat(after.goal().dailyTasks()).isEqualTo(before.dailyTasks());
        assertThat(after.goal().goalRefinementHistory()).hasSize(2);
    }
}
