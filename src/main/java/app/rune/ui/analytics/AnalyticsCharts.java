package app.rune.ui.analytics;

import app.rune.model.TaskStreak;
import app.rune.service.analytics.AnalyticsReport;
import app.rune.ui.common.DateText;
import app.rune.ui.common.LazyTooltip;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The Analytics screen's four charts, drawn from a report: each a node to put in its card. */
final class AnalyticsCharts {
    private final ResourceBundle text;
    private final DateText dates;

    AnalyticsCharts(ResourceBundle text, DateText dates) {
        this.text = text;
        this.dates = dates;
    }

    Node rolling(List<AnalyticsReport.RollingPoint> points) {
        List<AnalyticsReport.RollingPoint> drawn = AnalyticsViewModel.downsample(points, AnalyticsViewModel.MAX_POINTS);
        NumberAxis x = drawn.isEmpty() ? dayAxis(dates, 0, 0)
                : dayAxis(dates, drawn.get(0).date().toEpochDay(), drawn.get(drawn.size() - 1).date().toEpochDay());
        if (drawn.isEmpty()) {
            x.setAutoRanging(true);
        }
        NumberAxis y = new NumberAxis(0, 100, 25);
        y.setLabel(text.getString("analytics.chart.rolling.axis"));
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(drawn.size() <= 60);
        chart.setLegendVisible(false);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (AnalyticsReport.RollingPoint point : drawn) {
            series.getData().add(new XYChart.Data<>(point.date().toEpochDay(), Math.round(point.completion() * 1000) / 10.0));
        }
        chart.getData().add(series);
        if (drawn.size() <= 60) {
            for (XYChart.Data<Number, Number> data : series.getData()) {
                tooltip(data.getNode(), readout(data));
            }
        }
        followPointer(chart, x, series);
        chart.setPrefHeight(260);
        return chart;
    }

    /**
     * An axis of days (epoch days, labelled as short dates) from {@code first} to {@code last}, with four or
     * so ticks: the time axis of the line charts.
     */
    static NumberAxis dayAxis(DateText dates, long first, long last) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return dates.shortDate(LocalDate.ofEpochDay(day.longValue()));
            }

            @Override
            public Number fromString(String label) {
                return 0;
            }
        });
        x.setAutoRanging(false);
        x.setLowerBound(first);
        x.setUpperBound(Math.max(last, first + 1));
        x.setTickUnit(Math.max(1, (last - first) / 4.0));
        return x;
    }

    private String readout(XYChart.Data<Number, Number> data) {
        return MessageFormat.format(text.getString("analytics.chart.point"),
                dates.shortDate(LocalDate.ofEpochDay(data.getXValue().longValue())), data.getYValue() + "%");
    }

    /** A long line has no symbols to hover: the tooltip follows the pointer and names the nearest day instead. */
    private void followPointer(LineChart<Number, Number> chart, NumberAxis x, XYChart.Series<Number, Number> series) {
        if (series.getData().isEmpty()) {
            return;
        }
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.ZERO);
        Tooltip.install(chart, tip);
        chart.setOnMouseMoved(event -> {
            double local = x.sceneToLocal(event.getSceneX(), event.getSceneY()).getX();
            Number day = x.getValueForDisplay(local);
            if (day == null) {
                return;
            }
            XYChart.Data<Number, Number> nearest = series.getData().get(0);
            for (XYChart.Data<Number, Number> data : series.getData()) {
                if (Math.abs(data.getXValue().doubleValue() - day.doubleValue())
                        < Math.abs(nearest.getXValue().doubleValue() - day.doubleValue())) {
                    nearest = data;
                }
            }
            tip.setText(readout(nearest));
        });
    }

    Node obstacles(Map<String, Integer> counts) {
        CategoryAxis y = new CategoryAxis();
        NumberAxis x = new NumberAxis();
        x.setLabel(text.getString("analytics.chart.obstacles.axis"));
        wholeNumbers(x);
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // A horizontal bar chart draws its first category at the bottom: add the most frequent last.
        List<Map.Entry<String, Integer>> top = new ArrayList<>(counts.entrySet().stream().limit(8).toList());
        Collections.reverse(top);
        top.forEach(e -> series.getData().add(new XYChart.Data<>(e.getValue(), e.getKey().replace('_', ' '))));
        chart.getData().add(series);
        for (XYChart.Data<Number, String> data : series.getData()) {
            tooltip(data.getNode(), MessageFormat.format(text.getString("analytics.chart.count"), data.getYValue(),
                    data.getXValue()));
        }
        chart.setPrefHeight(260);
        return counts.isEmpty() ? emptyChart() : chart;
    }

    Node hours(int[] hours, List<LocalTime> best) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(text.getString("analytics.chart.hours.axis"));
        wholeNumbers(y);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        // Twenty-four bars in half a page: no gap inside a category, a hair between them.
        chart.setBarGap(0);
        chart.setCategoryGap(1);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int hour = 0; hour < 24; hour++) {
            series.getData().add(new XYChart.Data<>(String.format("%02d", hour), hours[hour]));
        }
        chart.getData().add(series);
        for (int hour = 0; hour < 24; hour++) {
            Node bar = series.getData().get(hour).getNode();
            boolean isBest = best.contains(LocalTime.of(hour, 0));
            if (isBest) {
                bar.getStyleClass().add("best-hour");
            }
            tooltip(bar, MessageFormat.format(text.getString("analytics.chart.hour"), String.format("%02d", hour),
                    hours[hour]) + (isBest ? " \u2014 " + text.getString("analytics.chart.best") : ""));
        }
        chart.setPrefHeight(260);
        return chart;
    }

    Node tasks(List<AnalyticsReport.TaskFigures> tasks) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.getStyleClass().add("task-figures");
        grid.add(header("analytics.chart.tasks.done"), 1, 0);
        grid.add(header("analytics.chart.tasks.difficulty"), 2, 0);
        grid.add(header("analytics.chart.tasks.run"), 3, 0);
        int row = 1;
        for (AnalyticsReport.TaskFigures task : tasks) {
            Label title = new Label(task.title());
            title.setWrapText(true);
            title.setMaxWidth(180);
            ProgressBar done = new ProgressBar(task.completionRate());
            done.setPrefWidth(80);
            done.setMinWidth(40);
            Label percent = new Label(AnalyticsViewModel.percent(task.completionRate()));
            percent.setMinWidth(Region.USE_PREF_SIZE);
            HBox doneBox = new HBox(6, done, percent);
            doneBox.setAlignment(Pos.CENTER_LEFT);
            LazyTooltip.install(doneBox, MessageFormat.format(text.getString("analytics.chart.count"),
                    task.title(), task.entries()));
            Label difficulty = new Label(task.avgDifficulty() == null ? text.getString("analytics.chart.tasks.noRating")
                    : String.format(Locale.ENGLISH, "%.1f / 5", task.avgDifficulty()));
            difficulty.setMinWidth(Region.USE_PREF_SIZE);
            Label run = new Label(run(task.streak()));
            run.setId("run-" + task.taskId());
            run.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, title, doneBox, difficulty, run);
        }
        return grid;
    }

    /** A task's own run in its unit: "4 days", "2 weeks", "1 month"; a dash for a task not in the plan. */
    private String run(TaskStreak streak) {
        if (streak == null || streak.current() == null || streak.unit() == null) {
            return "\u2014";
        }
        return MessageFormat.format(text.getString("analytics.run." + streak.unit().name()), streak.current());
    }

    /** Counts are whole: an axis of counts shows no 2.5. */
    private static void wholeNumbers(NumberAxis axis) {
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? Long.toString((long) v) : "";
            }

            @Override
            public Number fromString(String label) {
                return Double.valueOf(label);
            }
        });
    }

    private Label header(String key) {
        Label label = new Label(text.getString(key));
        label.getStyleClass().add("muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Node emptyChart() {
        Label empty = new Label(text.getString("analytics.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        empty.setMinHeight(120);
        return empty;
    }

    private static void tooltip(Node node, String tip) {
        if (node != null) {
            LazyTooltip.install(node, tip, Duration.millis(100));
        }
    }
}
