package app.rune.ui.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.StreakRecords;
import app.rune.model.UserAnalytics;
import app.rune.service.analytics.AnalyticsReport;
import app.rune.service.analytics.GoalChoice;
import app.rune.service.analytics.ReportRange;
import app.rune.ui.common.Background;
import app.rune.ui.common.DateText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class AnalyticsViewModelTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("app.rune.ui.messages");
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    private static AnalyticsReport report(ReportRange range, Long daysToTarget, Double recent, int streak,
            LocalDate start) {
        UserAnalytics figures = new UserAnalytics("ana", 0.5, 0.755, new StreakRecords(streak, 12, start), Map.of(),
                List.of(), Map.of(), Instant.EPOCH);
        return new AnalyticsReport(figures, TODAY, range,
                List.of(new AnalyticsReport.HeatDay(TODAY, 1, 2, false)), List.of(), Map.of(), new int[24], List.of(),
                daysToTarget == null ? null : TODAY.plusDays(daysToTarget), daysToTarget, recent);
    }

    private static AnalyticsViewModel showing(AnalyticsReport report) {
        AnalyticsViewModel.ReportSource reports = (range, goal) -> new AnalyticsReport(report.figures(), report.today(), range,
                report.heatMap(), report.rolling(), report.obstacles(), report.hours(), report.tasks(),
                report.targetDate(), report.daysToTarget(), report.recentCompletion());
        AnalyticsViewModel viewModel = new AnalyticsViewModel(reports, Background.DIRECT, TEXT);
        viewModel.load();
        return viewModel;
    }

    @Test
    void theGoalChosenLimitsTheReportAndOneNoLongerCurrentGivesWayToAllGoals() {
        List<String> asked = new ArrayList<>();
        List<GoalChoice> current = new ArrayList<>(List.of(new GoalChoice("spanish", "Learn Spanish"),
                new GoalChoice("run", "Run a half marathon")));
        AnalyticsViewModel viewModel = new AnalyticsViewModel(new AnalyticsViewModel.ReportSource() {
            @Override
            public AnalyticsReport report(ReportRange range, String goalId) {
                asked.add(String.valueOf(goalId));
                return AnalyticsViewModelTest.report(range, null, null, goalId == null ? 5 : 2, TODAY);
            }

            @Override
            public List<GoalChoice> goals() {
                return List.copyOf(current);
            }
        }, Background.DIRECT, TEXT);
        viewModel.load();
        assertThat(viewModel.goals()).extracting(GoalChoice::goalId).containsExactly("spanish", "run");
        assertThat(viewModel.currentStreakProperty().get()).isEqualTo("5 days");

        viewModel.goalProperty().set("run");
        assertThat(viewModel.currentStreakProperty().get()).as("the tiles follow the goal").isEqualTo("2 days");

        current.remove(1);
        viewModel.load();
        assertThat(viewModel.goalProperty().get()).as("an achieved goal's figures are in all goals'").isNull();
        assertThat(asked).containsExactly("null", "run", "null");
    }

    @Test
    void theTilesReadPlainly() {
        AnalyticsViewModel viewModel = showing(report(ReportRange.THREE_MONTHS, 40L, 0.8, 5, TODAY.minusDays(4)));

        assertThat(viewModel.currentStreakProperty().get()).isEqualTo("5 days");
        assertThat(viewModel.currentStreakNoteProperty().get()).isEqualTo("since " + DateText.ofDefaultLocale().date(TODAY.minusDays(4)));
        assertThat(viewModel.longestStreakProperty().get()).isEqualTo("12 days");
        assertThat(viewModel.goalCompletionProperty().get()).isEqualTo("50%");
        assertThat(viewModel.averageCompletionProperty().get()).isEqualTo("76%");
        assertThat(viewModel.targetProperty().get()).isEqualTo("40 days");
        assertThat(viewModel.paceProperty().get()).isEqualTo("On pace");
        assertThat(viewModel.paceNoteProperty().get()).startsWith("80% of tasks done");
        assertThat(viewModel.hasDataProperty().get()).isTrue();
    }

    @Test
    void withoutATargetOrRecentDaysTheTilesSaySo() {
        AnalyticsViewModel viewModel = showing(report(ReportRange.ALL, null, null, 1, TODAY));

        assertThat(viewModel.currentStreakProperty().get()).isEqualTo("1 day");
        assertThat(viewModel.targetNoteProperty().get()).isEqualTo("No target date set");
        assertThat(viewModel.paceProperty().get()).isEqualTo("Not enough data yet");
        assertThat(showing(report(ReportRange.ALL, -3L, 0.9, 0, null)).targetProperty().get()).isEqualTo("3 days past");
    }

    @Test
    void changingTheRangeLoadsItsReport() {
        AnalyticsViewModel viewModel = showing(report(ReportRange.THREE_MONTHS, 40L, 0.8, 5, TODAY));

        viewModel.rangeProperty().set(ReportRange.YEAR);

        assertThat(viewModel.reportProperty().get().range()).isEqualTo(ReportRange.YEAR);
    }

    @Test
    void downsamplingKeepsLongHistoriesToAFewHundredPointsAndAveragesEachSlice() {
        List<AnalyticsReport.RollingPoint> points = new ArrayList<>();
        for (int i = 0; i < 3650; i++) {
            points.add(new AnalyticsReport.RollingPoint(TODAY.minusDays(3649 - i), i % 2 == 0 ? 1.0 : 0.0));
        }

        List<AnalyticsReport.RollingPoint> drawn = AnalyticsViewModel.downsample(points, 400);

        assertThat(drawn).hasSize(400);
        assertThat(drawn.get(399).date()).isEqualTo(TODAY);
        assertThat(drawn).allSatisfy(p -> assertThat(p.completion()).isBetween(0.4, 0.6));
        assertThat(AnalyticsViewModel.downsample(points.subList(0, 30), 400)).hasSize(30);
    }

    @Test
    void percentagesAreWholeAndMissingValuesADash() {
        assertThat(AnalyticsViewModel.percent(0.755)).isEqualTo("76%");
        assertThat(AnalyticsViewModel.percent(null)).isEqualTo("\u2014");
    }
}
