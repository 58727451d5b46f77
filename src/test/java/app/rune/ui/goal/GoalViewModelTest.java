package app.rune.ui.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.GoalPatterns;
import app.rune.model.TaskSchedule;
import app.rune.model.GoalStatus;
import app.rune.model.UserPreferences;
import app.rune.service.coach.Coach;
import app.rune.service.conversation.ConversationService;
import app.rune.service.goal.GoalReviewer;
import app.rune.service.goal.GoalService;
import app.rune.service.goal.TaskPlanner;
import app.rune.service.user.NewUserDefaults;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Goal screen's state and actions, without the FX toolkit: a real store, work run on the calling thread. */
class GoalViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 28);
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("app.rune.ui.messages");
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("app.rune.coach.goals");

    @TempDir
    Path temp;

    private Store store;
    private GoalService goals;
    private GoalViewModel viewModel;
    private int goalChanges;

    @BeforeEach
    void setUp() throws Exception {
        store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json());
        store.userPreferences().save(NewUserDefaults.preferences("ana", ZoneId.of("UTC")));
        Clock clock = Clock.fixed(Instant.parse("2025-06-28T10:00:00Z"), ZoneOffset.UTC);
        goals = new GoalService(store.userGoals(), store.userPreferences(),
                new ConversationService(store.conversationContext(), clock), new GoalReviewer(WORDS),
                new TaskPlanner(WORDS), Coach.SILENT, store, clock);
        viewModel = new GoalViewModel("ana", goals, Background.DIRECT, TEXT, WORDS, () -> goalChanges++);
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private void reviewAndAccept(String wish) {
        viewModel.entry().goalInputProperty().set(wish);
        viewModel.entry().review();
        viewModel.entry().acceptRefinement();
    }

    @Test
    void nothingIsAskedWhileTheGoalIsStillBeingRead() {
        reviewAndAccept("Run a 10 km race by 3 June 2026 in 30 minutes a day");
        List<Runnable> held = new ArrayList<>();
        Background holding = new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                held.add(() -> Background.DIRECT.run(work, onSuccess, onFailure));
            }
        };
        GoalViewModel reading = new GoalViewModel("ana", goals, holding, TEXT, WORDS, () -> { });
        reading.load();
        assertThat(reading.entryShownProperty().get()).as("the form while the goal is read").isFalse();
        assertThat(reading.newcomerProperty().get()).isFalse();

        // The goal, then what its reading started (the goals' streaks).
        while (!held.isEmpty()) {
            held.remove(0).run();
        }
        assertThat(reading.hasGoalProperty().get()).isTrue();
        assertThat(reading.entryShownProperty().get()).as("the form over a goal that was read").isFalse();
        reading.refineCurrent();
        assertThat(reading.entryShownProperty().get()).as("the form to rewrite the goal").isTrue();
    }

    @Test
    void aNewcomerIsAskedForAGoal() {
        assertThat(viewModel.entryShownProperty().get()).isTrue();
        assertThat(viewModel.modeProperty().get()).isEqualTo(GoalViewModel.Mode.ENTER);
        assertThat(viewModel.newcomerProperty().get()).isTrue();
        assertThat(viewModel.hasGoalProperty().get()).isFalse();
        assertThat(viewModel.entry().canReviewProperty().get()).isFalse();

        viewModel.entry().goalInputProperty().set("I want to learn Spanish");

        assertThat(viewModel.entry().canReviewProperty().get()).isTrue();
        assertThat(viewModel.entry().goalInputErrorProperty().get()).isEmpty();
    }

    @Test
    void anOverLongWishSaysSoAndCannotBeReviewed() {
        viewModel.entry().goalInputProperty().set("x".repeat(501));

        assertThat(viewModel.entry().goalInputErrorProperty().get()).contains("500");
        assertThat(viewModel.entry().canReviewProperty().get()).isFalse();
    }

    @Test
    void aReviewShowsOneFindingPerCriterionAndAnEditableProposal() {
        viewModel.entry().goalInputProperty().set("I want to learn Spanish");
        viewModel.entry().review();

        assertThat(viewModel.entry().findings()).extracting(FindingItem::criterion)
                .containsExactly("Specific", "Measurable", "Has a date", "Fits your time");
        assertThat(viewModel.entry().findings()).allSatisfy(f -> assertThat(f.text()).isNotBlank());
        assertThat(viewModel.entry().findings().get(1).met()).isFalse();
        assertThat(viewModel.entry().refinedGoalProperty().get()).isNotBlank();
        assertThat(viewModel.entry().targetDateProperty().get()).isAfter(TODAY);
        assertThat(viewModel.entry().canAcceptProperty().get()).isTrue();
    }

    @Test
    void anEmptyWordingOrAPastDateIsShownNextToTheFieldAndBlocksAccepting() {
        viewModel.entry().goalInputProperty().set("I want to learn Spanish");
        viewModel.entry().review();

        viewModel.entry().refinedGoalProperty().set("  ");
        assertThat(viewModel.entry().refinedGoalErrorProperty().get()).isEqualTo("The goal needs a wording.");
        assertThat(viewModel.entry().canAcceptProperty().get()).isFalse();

        viewModel.entry().refinedGoalProperty().set("Speak Spanish for 10 minutes");
        viewModel.entry().targetDateProperty().set(TODAY.minusDays(1));
        assertThat(viewModel.entry().targetDateErrorProperty().get()).isEqualTo("The target date must be after today.");
        assertThat(viewModel.entry().canAcceptProperty().get()).isFalse();

        viewModel.entry().acceptRefinement();
        assertThat(store.userGoals().findById("ana")).isEmpty();
    }

    @Test
    void acceptingShowsTheGoalAndTheProposedTasksAwaitingApproval() {
        reviewAndAccept("I want to learn Spanish");

        assertThat(viewModel.modeProperty().get()).isEqualTo(GoalViewModel.Mode.CURRENT);
        assertThat(viewModel.currentTitleProperty().get()).isNotBlank();
        assertThat(viewModel.currentStatusTextProperty().get()).isEqualTo("Active");
        assertThat(viewModel.history()).hasSize(1);
        assertThat(viewModel.tasks().rows()).isNotEmpty();
        assertThat(viewModel.tasks().awaitingApprovalProperty().get()).isTrue();
        assertThat(viewModel.tasks().canApproveProperty().get()).isTrue();
        assertThat(goalChanges).isEqualTo(1);
        assertThat(viewModel.entry().goalInputProperty().get()).isEmpty();
    }

    @Test
    void theReviewProposesWhatSuccessLooksLikeAndItIsStoredWithTheGoal() {
        viewModel.entry().goalInputProperty().set("I want to learn Spanish");
        viewModel.entry().review();
        assertThat(viewModel.entry().descriptionProperty().get()).as("the coach's proposal").contains("Spanish");

        viewModel.entry().descriptionProperty().set("I order dinner in Spanish and chat with the waiter");
        viewModel.entry().acceptRefinement();

        assertThat(store.userGoals().findById("ana").orElseThrow().longTermGoal().description())
                .isEqualTo("I order dinner in Spanish and chat with the waiter");
        assertThat(viewModel.description().shownProperty().get())
                .isEqualTo("I order dinner in Spanish and chat with the waiter");
        assertThat(viewModel.description().describedProperty().get()).isTrue();
    }

    @Test
    void anOverLongOrBrokenDescriptionIsShownNextToTheFieldAndBlocksAccepting() {
        viewModel.entry().goalInputProperty().set("I want to learn Spanish");
        viewModel.entry().review();

        viewModel.entry().descriptionProperty().set("x".repeat(1001));
        assertThat(viewModel.entry().descriptionErrorProperty().get()).contains("1,000");
        assertThat(viewModel.entry().canAcceptProperty().get()).isFalse();
        viewModel.entry().descriptionProperty().set("half a pair \uD83D");
        assertThat(viewModel.entry().descriptionErrorProperty().get()).isEqualTo(TEXT.getString(
                "text.error.brokenCharacter"));
        assertThat(viewModel.entry().canAcceptProperty().get()).isFalse();
        viewModel.entry().descriptionProperty().set("");
        assertThat(viewModel.entry().canAcceptProperty().get()).as("saying nothing is allowed").isTrue();
    }

    @Test
    void aGoalWithoutADescriptionSaysWhatToWriteAndItIsWrittenInPlace() {
        reviewAndAccept("I want to learn Spanish");
        viewModel.description().edit();
        viewModel.description().draftProperty().set("");
        viewModel.description().save();
        assertThat(viewModel.description().describedProperty().get()).isFalse();
        assertThat(viewModel.description().shownProperty().get()).isEqualTo(TEXT.getString("goal.description.none"));

        viewModel.description().edit();
        assertThat(viewModel.description().canSaveProperty().get()).as("nothing changed yet").isFalse();
        viewModel.description().draftProperty().set("  I follow a film in Spanish  ");
        assertThat(viewModel.description().canSaveProperty().get()).isTrue();
        viewModel.description().save();

        assertThat(viewModel.description().editingProperty().get()).isFalse();
        assertThat(viewModel.description().shownProperty().get()).isEqualTo("I follow a film in Spanish");
        assertThat(store.userGoals().findById("ana").orElseThrow().longTermGoal().description())
                .isEqualTo("I follow a film in Spanish");

        viewModel.description().edit();
        viewModel.description().draftProperty().set("Something else");
        viewModel.description().cancel();
        assertThat(viewModel.description().shownProperty().get()).isEqualTo("I follow a film in Spanish");
    }

    @Test
    void refiningAGoalKeepsItsOwnDescriptionOverTheCoachs() {
        reviewAndAccept("I want to learn Spanish");
        viewModel.description().edit();
        viewModel.description().draftProperty().set("I follow a film in Spanish");
        viewModel.description().save();

        viewModel.refineCurrent();
        viewModel.entry().review();

        assertThat(viewModel.entry().descriptionProperty().get()).isEqualTo("I follow a film in Spanish");
    }

    @Test
    void editedTasksAreCheckedAndApprovedAsEdited() {
        reviewAndAccept("I want to learn Spanish");
        TaskBreakdownViewModel tasks = viewModel.tasks();
        TaskRow first = tasks.rows().get(0);
        String firstId = first.id();

        first.titleProperty().set("");
        assertThat(tasks.problemsProperty().get()).isEqualTo("Task 1: the title is empty");
        assertThat(tasks.canApproveProperty().get()).isFalse();
        first.minutesProperty().set(0);
        first.titleProperty().set("Spanish flashcards");
        assertThat(tasks.problemsProperty().get()).contains("Task 1: minutes must be a whole number from 1 to 1440");
        // No estimate at all is fine: tasks brought from another tracker have none.
        first.minutesProperty().set(null);
        assertThat(tasks.problemsProperty().get()).isEmpty();
        first.minutesProperty().set(15);
        assertThat(tasks.problemsProperty().get()).isEmpty();

        tasks.approve();

        assertThat(tasks.awaitingApprovalProperty().get()).isFalse();
        assertThat(tasks.editedProperty().get()).isFalse();
        assertThat(tasks.savedTextProperty().get()).isEqualTo("Saved.");
        var stored = store.userGoals().findById("ana").orElseThrow().dailyTasks().get(0);
        assertThat(stored.id()).isEqualTo(firstId);
        assertThat(stored.title()).isEqualTo("Spanish flashcards");
        assertThat(stored.estimatedTime()).isEqualTo(15);
        // Nothing changed since: saving again is not offered.
        assertThat(tasks.canApproveProperty().get()).isFalse();
    }

    @Test
    void tasksCanBeAddedPastTheDailyMaximumUntilTheirPlansSpreadThemReorderedAndRemoved() {
        store.userPreferences().save(new UserPreferences("ana", null, null,
                new GoalPatterns(List.of(), List.of(), 20, 3)));
        reviewAndAccept("I want to learn Spanish");
        TaskBreakdownViewModel tasks = viewModel.tasks();
        while (tasks.rows().size() < 3) {
            tasks.add();
        }
        // Three every-day tasks, whatever plans the coach proposed.
        tasks.rows().forEach(row -> row.scheduleProperty().set(null));
        assertThat(tasks.countTextProperty().get()).isEqualTo("3 on the busiest day, of at most 3 a day");
        // A fourth every-day task is one too many for a day, until it is planned for some days only.
        TaskRow fourth = tasks.add();
        assertThat(tasks.canApproveProperty().get()).isFalse();
        assertThat(tasks.problemsProperty().get()).contains("this makes 4 on");
        fourth.scheduleProperty().set(TaskSchedule.timesAWeek(2));
        assertThat(tasks.problemsProperty().get()).as("every day is full already").contains("this makes 4 on");
        tasks.rows().get(0).scheduleProperty().set(TaskSchedule.onDays(List.of(java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.FRIDAY)));
        assertThat(tasks.problemsProperty().get()).isEmpty();
        assertThat(tasks.countTextProperty().get()).isEqualTo("3 on the busiest day, of at most 3 a day");
        tasks.remove(fourth);

        TaskRow last = tasks.rows().get(2);
        tasks.moveUp(last);
        assertThat(tasks.rows().indexOf(last)).isEqualTo(1);
        tasks.moveDown(last);
        tasks.moveDown(last);
        assertThat(tasks.rows().indexOf(last)).isEqualTo(2);

        tasks.remove(last);
        assertThat(tasks.rows()).hasSize(2).doesNotContain(last);
        assertThat(tasks.canAddProperty().get()).isTrue();
        assertThat(tasks.editedProperty().get()).isTrue();
    }

    @Test
    void moreTasksThanTheMaximumBlockApproval() {
        reviewAndAccept("I want to learn Spanish");
        store.userPreferences().save(new UserPreferences("ana", null, null,
                new GoalPatterns(List.of(), List.of(), 20, 1)));
        viewModel.load();
        TaskBreakdownViewModel tasks = viewModel.tasks();

        if (tasks.rows().size() < 2) {
            tasks.rows().add(new TaskRow(null, "Extra", null, null, 10));
        }

        assertThat(tasks.problemsProperty().get()).startsWith("At most 1 tasks a day");
        assertThat(tasks.canApproveProperty().get()).isFalse();
    }

    @Test
    void theStatusActionsFollowTheLifecycle() {
        reviewAndAccept("I want to learn Spanish");

        viewModel.pause();
        assertThat(viewModel.currentStatusProperty().get()).isEqualTo(GoalStatus.PAUSED);
        assertThat(viewModel.goalIsOpenProperty().get()).isTrue();
        viewModel.resume();
        assertThat(viewModel.currentStatusProperty().get()).isEqualTo(GoalStatus.ACTIVE);
        viewModel.complete();
        assertThat(viewModel.currentStatusProperty().get()).isEqualTo(GoalStatus.COMPLETED);
        assertThat(viewModel.goalIsOpenProperty().get()).isFalse();
        assertThat(viewModel.closedNoteProperty().get()).contains("completed");
    }

    @Test
    void aNewGoalAfterACompletedOneKeepsTheOldOneInTheHistory() {
        reviewAndAccept("I want to learn Spanish");
        viewModel.complete();

        viewModel.startNewGoal();
        assertThat(viewModel.modeProperty().get()).isEqualTo(GoalViewModel.Mode.ENTER);
        assertThat(viewModel.canCancelEntryProperty().get()).isTrue();
        reviewAndAccept("Run a 5 km race");

        assertThat(viewModel.archived()).singleElement().asString().contains("Completed");
        assertThat(viewModel.currentStatusProperty().get()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(viewModel.newcomerProperty().get()).isFalse();
    }

    @Test
    void refiningTheCurrentGoalStartsFromItsWordingAndCanBeCancelled() {
        reviewAndAccept("I want to learn Spanish");
        String title = viewModel.currentTitleProperty().get();

        viewModel.refineCurrent();
        assertThat(viewModel.modeProperty().get()).isEqualTo(GoalViewModel.Mode.ENTER);
        assertThat(viewModel.entry().goalInputProperty().get()).isEqualTo(title);

        viewModel.cancelEntry();
        assertThat(viewModel.modeProperty().get()).isEqualTo(GoalViewModel.Mode.CURRENT);
        assertThat(viewModel.history()).hasSize(1);
    }

    @Test
    void aFailureIsShownInPlainWords() {
        store.close();

        viewModel.entry().goalInputProperty().set("I want to learn Spanish");
        viewModel.entry().review();

        assertThat(viewModel.errorMessageProperty().get()).startsWith("That did not work:");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }
}
