package app.rune.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import app.rune.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measurable and flexible tasks on the Today screen, without the FX toolkit; Tuesday 1 July 2025, 08:30 UTC. */
class TodayPlansViewModelTest {
    private static final Instant NOW = Instant.parse("2025-07-01T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("app.rune.ui.messages");

    @TempDir
    Path temp;

    private RuneSession session;
    private TodayViewModel viewModel;

    private void open(app.rune.model.DailyTask... tasks) throws Exception {
        session = RuneSession.open(temp.resolve("data"), Clock.fixed(NOW, ZoneOffset.UTC));
        TodayFixture.addAnaWithPlans(session.store(), tasks);
        viewModel = new TodayViewModel("ana", session.checkIns(), Background.DIRECT, TEXT, summary -> { });
        viewModel.load(null);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private TaskItem task(String id) {
        return viewModel.tasks().stream().filter(t -> t.taskId().equals(id)).findFirst().orElseThrow();
    }

    private TaskEntry stored(String id) {
        return session.store().dailyProgress().findByUserAndDate("ana", TODAY).map(DailyProgress::tasks)
                .orElseThrow().stream().filter(e -> e.taskId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theDaysOwnTasksComeFirstThenTheWeeksWithItsProgress() throws Exception {
        open(TodayFixture.running(), TodayFixture.reading(), TodayFixture.walking());

        assertThat(viewModel.tasks()).extracting(TaskItem::taskId).containsExactly("read", "walk", "run");
        assertThat(task("run").flexible()).isTrue();
        assertThat(task("run").periodTextProperty().get()).isEqualTo("0 of 3 this week");
        assertThat(viewModel.heading().progressTextProperty().get()).as("the week's task is not counted, and that is said")
                .isEqualTo("Day\u2019s tasks: 0 of 2 done");
        assertThat(viewModel.heading().nothingDueProperty().get()).isFalse();

        task("run").completedProperty().set(true);

        assertThat(task("run").periodTextProperty().get()).isEqualTo("1 of 3 this week");
        assertThat(viewModel.heading().progressTextProperty().get()).isEqualTo("Day\u2019s tasks: 0 of 2 done");
    }

    @Test
    void tickingAMeasurableTaskAsksForTheAmountAndEnterKeepsTheTarget() throws Exception {
        open(TodayFixture.reading(), TodayFixture.walking());
        TaskAmount amount = task("read").amount().orElseThrow();
        assertThat(amount.shownProperty().get()).isEqualTo("20 pages");

        viewModel.toggle(1);

        assertThat(task("read").completedProperty().get()).as("not done until the amount is given").isFalse();
        assertThat(amount.askingProperty().get()).isTrue();
        assertThat(amount.typedProperty().get()).isEqualTo("20");
        assertThat(session.store().dailyProgress().findByUserAndDate("ana", TODAY)).isEmpty();

        viewModel.saveAmount(task("read"));

        assertThat(amount.askingProperty().get()).isFalse();
        assertThat(stored("read").amount()).isEqualByComparingTo("20");
        assertThat(task("read").completedProperty().get()).isTrue();
        assertThat(amount.shownProperty().get()).isEqualTo("20 / 20 pages");
        assertThat(viewModel.heading().progressTextProperty().get()).isEqualTo("1 of 2 done");
    }

    @Test
    void anAmountShortOfTheTargetIsRecordedNotDoneAndStepsMoveItByOne() throws Exception {
        open(TodayFixture.reading());
        TaskAmount amount = task("read").amount().orElseThrow();

        amount.typedProperty().set("12,5");
        viewModel.saveAmount(task("read"));
        assertThat(stored("read").amount()).isEqualByComparingTo("12.5");
        assertThat(stored("read").completed()).isFalse();
        assertThat(amount.shownProperty().get()).isEqualTo("12.5 / 20 pages");

        amount.step(1);
        assertThat(amount.typedProperty().get()).isEqualTo("13.5");
        amount.typedProperty().set("0.4");
        amount.step(-1);
        assertThat(amount.typedProperty().get()).as("never below 0").isEqualTo("0");
    }

    @Test
    void somethingThatIsNotANumberIsSaidAndNothingIsWritten() throws Exception {
        open(TodayFixture.reading());
        TaskAmount amount = task("read").amount().orElseThrow();

        amount.typedProperty().set("lots");
        viewModel.saveAmount(task("read"));

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Type a number from 0 up, such as 20 or 12.5.");
        assertThat(session.store().dailyProgress().findByUserAndDate("ana", TODAY)).isEmpty();
    }

    @Test
    void escapeLeavesTheQuestionWithoutWriting() throws Exception {
        open(TodayFixture.reading());
        TaskAmount amount = task("read").amount().orElseThrow();
        viewModel.toggle(1);

        viewModel.cancelAmount(task("read"));

        assertThat(amount.askingProperty().get()).isFalse();
        assertThat(amount.typedProperty().get()).isEmpty();
        assertThat(session.store().dailyProgress().findByUserAndDate("ana", TODAY)).isEmpty();
    }

    @Test
    void aDayWithOnlyTheWeeksTasksSaysNothingIsDue() throws Exception {
        open(TodayFixture.running());

        assertThat(viewModel.heading().nothingDueProperty().get()).isTrue();
        assertThat(viewModel.heading().progressTextProperty().get()).isEmpty();
        assertThat(viewModel.tasks()).extracting(TaskItem::taskId).containsExactly("run");
    }

    @Test
    void aDayOffEveryTasksScheduleIsNotADayWithoutAPlan() throws Exception {
        open(new app.rune.model.DailyTask("gym", "Gym", null, null, 45, 1, TodayFixture.CREATED,
                app.rune.model.TaskSchedule.onDays(java.util.List.of(java.time.DayOfWeek.MONDAY)), null, null));

        // Tuesday: the gym is on Mondays.
        assertThat(viewModel.tasks()).isEmpty();
        assertThat(viewModel.heading().nothingDueProperty().get()).isTrue();
        assertThat(viewModel.heading().progressTextProperty().get()).isEmpty();
    }
}
