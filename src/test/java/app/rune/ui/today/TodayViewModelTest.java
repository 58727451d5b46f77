package app.rune.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import app.rune.service.today.DayPlan;
import app.rune.service.today.ObstacleOption;
import app.rune.service.user.UserSummary;
import app.rune.ui.common.Background;
import app.rune.ui.common.DateText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

/** The Today screen's state and actions without the FX toolkit; the clock says 2025-07-01 08:30 UTC. */
class TodayViewModelTest {
    private static final Instant NOW = Instant.parse("2025-07-01T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("app.rune.ui.messages");

    @TempDir
    Path temp;

    private RuneSession session;
    private TodayViewModel viewModel;
    private int changes;

    @BeforeEach
    void setUp() throws Exception {
        session = RuneSession.open(temp.resolve("data"), Clock.fixed(NOW, ZoneOffset.UTC));
        TodayFixture.addAna(session.store());
        viewModel = new TodayViewModel("ana", session.checkIns(), Background.DIRECT, TEXT, summary -> changes++);
        viewModel.load(null);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private DailyProgress stored(LocalDate date) {
        return session.store().dailyProgress().findByUserAndDate("ana", date).orElseThrow();
    }

    private TaskItem task(int number) {
        return viewModel.tasks().get(number - 1);
    }

    @Test
    void theDayShowsItsTasksInOrderAndTheLastTwoWeeks() {
        assertThat(viewModel.heading().dateProperty().get()).isEqualTo(TODAY);
        assertThat(viewModel.heading().dateTextProperty().get()).isEqualTo("Today");
        assertThat(viewModel.heading().dayTitleProperty().get()).isEqualTo(DateText.ofDefaultLocale().day(TODAY));
        assertThat(viewModel.tasks()).extracting(TaskItem::title)
                .containsExactly("Duolingo practice", "Vocabulary flashcards", "Listen to a podcast");
        assertThat(viewModel.heading().progressTextProperty().get()).isEqualTo("0 of 3 done");
        assertThat(viewModel.heading().days()).hasSize(14);
        assertThat(viewModel.heading().days().get(13).today()).isTrue();
        assertThat(viewModel.heading().canGoForwardProperty().get()).isFalse();
        assertThat(viewModel.heading().canGoBackProperty().get()).isTrue();
        assertThat(viewModel.coaching().obstacleSuggestions()).containsExactly("work_overtime", "tired");
    }

    @Test
    void aTickIsOneTripThatBringsBackTheDayTheStripAndTheHeader() {
        List<String> jobs = new ArrayList<>();
        Background counting = new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
                jobs.add("job");
                Background.DIRECT.run(work, done, failed);
            }
        };
        List<UserSummary> headers = new ArrayList<>();
        TodayViewModel counted = new TodayViewModel("ana", session.checkIns(), counting, TEXT, headers::add);
        counted.load(null);
        jobs.clear();

        counted.tasks().get(0).completedProperty().set(true);

        assertThat(jobs).as("background trips for one tick").hasSize(1);
        assertThat(counted.heading().days().get(13).state()).isEqualTo(DayChip.State.SOME);
        assertThat(headers).singleElement().extracting(UserSummary::userId).isEqualTo("ana");
        // A tick cannot change the skip form's suggestions: what was shown stays.
        assertThat(counted.coaching().obstacleSuggestions()).containsExactly("work_overtime", "tired");
    }

    @Test
    void tickingWritesAtOnceAndSaysSaved() {
        task(1).completedProperty().set(true);

        assertThat(task(1).statusProperty().get()).isEqualTo(TaskItem.Status.SAVED);
        // The day is recorded whole: the two tasks not touched yet are there, not done.
        assertThat(stored(TODAY).tasks()).containsExactly(new TaskEntry("task_1", "Duolingo practice", true, NOW,
                null, null, null, null, List.of()), TaskEntry.untouched("task_2", "Vocabulary flashcards"),
                TaskEntry.untouched("task_3", "Listen to a podcast"));
        assertThat(viewModel.heading().progressTextProperty().get()).isEqualTo("1 of 3 done");
        assertThat(viewModel.heading().days().get(13).state()).isEqualTo(DayChip.State.SOME);
        assertThat(changes).isEqualTo(1);

        task(1).completedProperty().set(false);
        assertThat(stored(TODAY).tasks().get(0).completed()).isFalse();
    }

    @Test
    void digitsToggleTaskN() {
        viewModel.toggle(2);
        viewModel.toggle(9);

        assertThat(task(2).completedProperty().get()).isTrue();
        assertThat(stored(TODAY).tasks()).filteredOn(TaskEntry::completed).extracting(TaskEntry::taskId)
                .containsExactly("task_2");
    }

    @Test
    void notesAndRatingsAreStoredWhenCommitted() {
        task(1).notesProperty().set("Did 3 lessons");
        task(1).difficultyProperty().set(3);
        task(1).satisfactionProperty().set(5);

        viewModel.commitDetails(task(1));

        TaskEntry entry = stored(TODAY).tasks().get(0);
        assertThat(entry.notes()).isEqualTo("Did 3 lessons");
        assertThat(entry.difficultyRating()).isEqualTo(3);
        assertThat(entry.satisfactionRating()).isEqualTo(5);
        assertThat(entry.completed()).isFalse();
    }

    @Test
    void aSkipNeedsAReasonAndKeepsItsObstacles() {
        assertThat(task(2).canSkipProperty().get()).isFalse();
        task(2).skipReasonProperty().set("ran_out_of_time");
        task(2).obstacles().addAll("work_overtime", "noisy_flat");
        assertThat(task(2).canSkipProperty().get()).isTrue();

        viewModel.skip(task(2));

        TaskEntry entry = stored(TODAY).tasks().get(1);
        assertThat(entry.skipReason()).isEqualTo("ran_out_of_time");
        assertThat(entry.obstacles()).containsExactly("work_overtime", "noisy_flat");
        assertThat(task(2).skippedTextProperty().get()).isEqualTo("Skipped: Ran out of time \u00b7 work overtime, noisy flat");
    }

    @Test
    void anObstacleThatABackupCouldNotRestoreIsNotAddedAndTheFieldSaysWhy() {
        assertThat(viewModel.addObstacle(task(2), "  _id ")).isFalse();
        assertThat(task(2).obstacleProblemProperty().get())
                .isEqualTo("\u201c_id\u201d is kept for the database\u2019s own ids; use another name.");
        assertThat(viewModel.addObstacle(task(2), "o".repeat(1001))).isFalse();
        assertThat(task(2).obstacleProblemProperty().get()).isEqualTo("Keep it to 1,000 characters or fewer.");
        assertThat(task(2).obstacles()).isEmpty();

        assertThat(viewModel.addObstacle(task(2), " noisy flat ")).isTrue();
        assertThat(viewModel.addObstacle(task(2), "o".repeat(1000))).isTrue();
        assertThat(task(2).obstacleProblemProperty().get()).isEmpty();
        assertThat(task(2).obstacles()).containsExactly("noisy flat", "o".repeat(1000));
    }

    @Test
    void aSkipWhoseTextCouldNotBeRestoredIsNotSavedAndSaysWhy() {
        task(2).skipReasonProperty().set("r".repeat(1024 * 1024 + 1));
        task(2).obstacles().add("_id"); // not through the field: the service still refuses it

        viewModel.skip(task(2));

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Not saved: Obstacle \"_id\": \"_id\" is"
                + " reserved for the database's own ids; use another name.");
        assertThat(session.store().dailyProgress().findByUserAndDate("ana", TODAY)).isEmpty();
        task(2).skipReasonProperty().set("r".repeat(1024 * 1024 + 1)); // a refused write shows what is stored

        viewModel.skip(task(2));

        assertThat(viewModel.errorMessageProperty().get()).startsWith("Not saved: Reason \"rrr")
                .endsWith(": is 1,048,577 characters long; a text may have at most 1,048,576.");
        assertThat(session.store().dailyProgress().findByUserAndDate("ana", TODAY)).isEmpty();
    }

    @Test
    void theCheckInIsSavedAndTickingDoesNotLoseWhatIsBeingTyped() {
        assertThat(viewModel.checkIn().canSaveProperty().get()).isFalse();
        viewModel.checkIn().dayRatingProperty().set(4);
        viewModel.checkIn().moodProperty().set("motivated");
        task(3).completedProperty().set(true);
        assertThat(viewModel.checkIn().moodProperty().get()).isEqualTo("motivated");
        assertThat(viewModel.checkIn().canSaveProperty().get()).isTrue();

        viewModel.saveCheckIn();

        DailyProgress day = stored(TODAY);
        assertThat(day.overallDayRating()).isEqualTo(4);
        assertThat(day.moodAfterTasks()).isEqualTo("motivated");
        assertThat(day.checkInTime()).isEqualTo(NOW);
        assertThat(viewModel.checkIn().statusProperty().get()).isEqualTo("Saved");
        assertThat(viewModel.checkIn().canSaveProperty().get()).isFalse();
    }

    @Test
    void aRestDayCanBeSavedOnItsOwn() {
        viewModel.checkIn().restDayProperty().set(true);
        viewModel.saveCheckIn();

        assertThat(stored(TODAY).restDay()).isTrue();
        assertThat(viewModel.heading().days().get(13).state()).isEqualTo(DayChip.State.REST);
    }

    @Test
    void anEarlierDayCanBeOpenedAndFilledIn() {
        viewModel.previousDay();
        assertThat(viewModel.heading().dateProperty().get()).isEqualTo(TODAY.minusDays(1));
        assertThat(viewModel.heading().dateTextProperty().get()).isEqualTo("Yesterday");

        task(1).completedProperty().set(true);
        assertThat(stored(TODAY.minusDays(1)).tasks().get(0).completed()).isTrue();

        viewModel.selectDay(TODAY.minusDays(13));
        assertThat(viewModel.heading().canGoBackProperty().get()).isFalse();
        viewModel.previousDay();
        assertThat(viewModel.heading().dateProperty().get()).isEqualTo(TODAY.minusDays(13));

        viewModel.refresh();
        assertThat(viewModel.heading().dateProperty().get()).as("an earlier day stays open").isEqualTo(TODAY.minusDays(13));
    }

    @Test
    void aRecurringObstacleShowsTheCoachsOptions() {
        session.checkIns().skip("ana", TODAY.minusDays(2), "task_2", "ran_out_of_time", List.of("work_overtime"), null);
        viewModel.load(null);
        task(2).skipReasonProperty().set("too_tired");
        task(2).obstacles().add("work_overtime");

        viewModel.skip(task(2));

        assertThat(viewModel.coaching().alertProperty().get()).isNotNull();
        assertThat(viewModel.coaching().alertTextProperty().get())
                .isEqualTo("\u201cwork overtime\u201d has stopped \u201cVocabulary flashcards\u201d 2 times this week. "
                        + "Shall we change the task?");

        viewModel.acceptOption(ObstacleOption.Kind.SHORTER);

        assertThat(viewModel.coaching().alertProperty().get()).isNull();
        assertThat(session.store().userGoals().findById("ana").orElseThrow().dailyTasks().get(1).estimatedTime())
                .isLessThan(15);
    }

    @Test
    void aFailedWriteShowsWhatIsStoredAndSaysSo() {
        session.store().close();

        task(1).completedProperty().set(true);

        assertThat(task(1).statusProperty().get()).isEqualTo(TaskItem.Status.FAILED);
        assertThat(task(1).completedProperty().get()).isFalse();
        assertThat(viewModel.errorMessageProperty().get()).startsWith("That was not saved:");
    }

    @Test
    void aDayReadAheadWithoutItsCoachingGetsItJustAfter() {
        TodayViewModel fresh = new TodayViewModel("ana", session.checkIns(), Background.DIRECT, TEXT, summary -> { });
        DayPlan ahead = session.checkIns().dayWithoutCoaching("ana", null);
        assertThat(ahead.hasCoaching()).isFalse();

        fresh.show(ahead, session.checkIns().recentDays("ana", TodayViewModel.STRIP_DAYS));

        assertThat(fresh.tasks()).hasSize(3);
        assertThat(fresh.coaching().obstacleSuggestions()).containsExactly("work_overtime", "tired");
    }
}
