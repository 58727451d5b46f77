package app.rune.ui.analytics;

import app.rune.model.TargetKind;
import app.rune.service.analytics.AnalyticsReport;
import app.rune.ui.common.DateText;
import app.rune.ui.common.LazyTooltip;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.Duration;

/**
 * A measurable task's amounts by day in range, with its target as a level line ("20 pages" at least, or "2 cups"
 * at most), so a glance shows the days over and under it.
 */
final class AmountChart {
    private AmountChart() {
    }

    static Node of(AnalyticsReport.TaskFigures task, ResourceBundle text, DateText dates) {
        List<AnalyticsReport.AmountPoint> drawn = AnalyticsViewModel.downsampleAmounts(task.amounts(),
                AnalyticsViewModel.MAX_POINTS);
        long first = drawn.get(0).date().toEpochDay();
        long last = drawn.get(drawn.size() - 1).date().toEpochDay();
        NumberAxis x = AnalyticsCharts.dayAxis(dates, first, last);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        String unit = task.target().unit() == null ? "" : task.target().unit();
        y.setLabel(unit);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(drawn.size() <= 60);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("amount-chart");
        XYChart.Series<Number, Number> amounts = new XYChart.Series<>();
        for (AnalyticsReport.AmountPoint point : drawn) {
            amounts.getData().add(new XYChart.Data<>(point.date().toEpochDay(), point.amount()));
        }
        double level = task.target().amount().doubleValue();
        XYChart.Series<Number, Number> target = new XYChart.Series<>();
        target.getData().add(new XYChart.Data<>(first, level));
        target.getData().add(new XYChart.Data<>(Math.max(last, first + 1), level));
        chart.getData().add(amounts);
        chart.getData().add(target);
        target.getNode().getStyleClass().add("target-line");
        target.getData().forEach(d -> d.getNode().setVisible(false));
        String goal = MessageFormat.format(text.getString(task.target().kind() == TargetKind.AT_MOST
                ? "plan.atMost" : "plan.atLeast"), task.target().amount().stripTrailingZeros().toPlainString(), unit)
                .strip();
        LazyTooltip.install(target.getNode(), goal, Duration.millis(100));
        if (drawn.size() <= 60) {
            for (XYChart.Data<Number, Number> data : amounts.getData()) {
                LazyTooltip.install(data.getNode(), MessageFormat.format(text.getString("analytics.chart.point"),
                        dates.shortDate(LocalDate.ofEpochDay(data.getXValue().longValue())),
                        AnalyticsViewModel.amount(data.getYValue().doubleValue()) + " " + unit), Duration.millis(100));
            }
        }
        chart.setPrefHeight(240);
        return chart;
    }
}
