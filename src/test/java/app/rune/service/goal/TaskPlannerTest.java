package app.rune.service.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskPlannerTest {
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("app.rune.coach.goals");
    private final TaskPlanner planner = new TaskPlanner(WORDS);

    @ParameterizedTest
    @EnumSource(GoalKind.class)
    void everyKindGetsUsefulTasksUpToTheMaximum(GoalKind kind) {
        for (int max = 1; max <= 5; max++) {
            List<ProposedTask> tasks = planner.propose("Hold a 10-minute conversation in Spanish", kind,
                    new PlanningLimits(20, max));

            // The limit is the busiest day's: a task a few times a week fits beside others on the quiet days.
            assertThat(tasks).isNotEmpty();
            assertThat(BusiestDay.of(tasks.stream().map(ProposedTask::schedule).toList()).tasks())
                    .isLessThanOrEqualTo(max);
            assertThat(tasks).extracting(ProposedTask::title).doesNotHaveDuplicates()
                    .allSatisfy(title -> assertThat(title).isNotBlank().hasSizeLessThanOrEqualTo(40)
                            .doesNotContain("{").matches("^\\P{Ll}.*"));
            assertThat(tasks).allSatisfy(task -> {
                assertThat(task.description()).isNotBlank().doesNotContain("{");
                assertThat(task.successCriteria()).isNotBlank().doesNotContain("{");
            });
        }
        assertThat(planner.propose("anything", kind, new PlanningLimits(20, 10))).hasSizeGreaterThanOrEqualTo(3);
    }

    @org.junit.jupiter.api.Test
    void theCataloguePlansTasksAsPeopleDo() {
        List<ProposedTask> fitness = planner.propose("Run a 5 km race", GoalKind.FITNESS, new PlanningLimits(20, 3));
        List<ProposedTask> reading = planner.propose("Read 12 books this year", GoalKind.READING,
                new PlanningLimits(20, 3));

        // A beginner's run three times a week, and 20 pages a day.
        assertThat(fitness.get(0).schedule()).isEqualTo(app.rune.model.TaskSchedule.timesAWeek(3));
        assertThat(reading.get(0).target()).isEqualTo(new app.rune.model.TaskTarget(new java.math.BigDecimal("20"),
                "pages", app.rune.model.TargetKind.AT_LEAST));
        assertThat(reading.get(0).schedule()).as("every day").isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 20, 60, 120})
    void minutesStayNearThePreferredLength(int preferred) {
        for (GoalKind kind : GoalKind.values()) {
            for (ProposedTask task : planner.propose("Read 12 books", kind, new PlanningLimits(preferred, 3))) {
                assertThat(task.minutes()).as(kind + " " + task.title())
                        .isBetween((int) Math.ceil(preferred * 0.5), (int) Math.floor(preferred * 1.5))
                        .isBetween(1, 1440);
            }
        }
    }

    @Test
    void theGoalsSubjectIsInTheTasks() {
        assertThat(planner.propose("Hold a 10-minute conversation in Spanish by 1 May 2026", GoalKind.LANGUAGE,
                new PlanningLimits(20, 3))).first().satisfies(t -> assertThat(t.title()).contains("Spanish"));
        assertThat(planner.propose("Play 3 songs on the ukulele", GoalKind.MUSIC, new PlanningLimits(20, 3)))
                .first().satisfies(t -> assertThat(t.title()).startsWith("Ukulele"));
        assertThat(planner.propose("Paint my living room by next month", GoalKind.GENERAL, new PlanningLimits(20, 3)))
                .first().satisfies(t -> assertThat(t.description()).contains("paint my living room")
                        .doesNotContain("next month"));
    }

    @Test
    void fittingMovesALengthTowardsThePreferenceAndRoundsToFive() {
        assertThat(TaskPlanner.fit(30, 20)).isEqualTo(30);
        assertThat(TaskPlanner.fit(60, 20)).isEqualTo(30);
        assertThat(TaskPlanner.fit(5, 20)).isEqualTo(10);
        assertThat(TaskPlanner.fit(17, 20)).isEqualTo(15);
        assertThat(TaskPlanner.fit(15, 5)).isEqualTo(7);
        assertThat(TaskPlanner.fit(2, 5)).isEqualTo(3);
        assertThat(TaskPlanner.fit(20, 120)).isEqualTo(60);
    }
}
