package app.rune.ui.analytics;

import app.rune.model.SchedulePeriod;
import app.rune.service.analytics.AnalyticsReport;
import app.rune.ui.common.DateText;
import app.rune.ui.common.LazyTooltip;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.Duration;

/**
 * A task done N times a week (or month): a bar a week, its height the times done, darker where the week met its
 * N. The newest 26 periods in range, so the bars stay readable over years.
 */
final class PeriodChart {
    static final int SHOWN = 26;

    private PeriodChart() {
    }

    static Node of(AnalyticsReport.TaskFigures task, ResourceBundle text, DateText dates) {
        List<AnalyticsReport.PeriodPoint> periods = task.periods();
        List<AnalyticsReport.PeriodPoint> shown = periods.subList(Math.max(0, periods.size() - SHOWN),
                periods.size());
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(text.getString("analytics.chart.periods.axis"));
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(0);
        chart.setCategoryGap(2);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (AnalyticsReport.PeriodPoint period : shown) {
            series.getData().add(new XYChart.Data<>(label(period, dates), period.done()));
        }
        chart.getData().add(series);
        for (int i = 0; i < shown.size(); i++) {
            AnalyticsReport.PeriodPoint period = shown.get(i);
            Node bar = series.getData().get(i).getNode();
            if (period.met()) {
                bar.getStyleClass().add("period-met");
            }
            LazyTooltip.install(bar, MessageFormat.format(text.getString(period.every() == SchedulePeriod.MONTH
                    ? "analytics.chart.periods.month" : "analytics.chart.periods.week"), label(period, dates),
                    period.done(), period.times()), Duration.millis(100));
        }
        chart.setPrefHeight(240);
        return chart;
    }

    private static String label(AnalyticsReport.PeriodPoint period, DateText dates) {
        return dates.shortDate(period.start());
    }
}
