package app.rune.ui.analytics;

import app.rune.platform.PngExport;
import app.rune.service.analytics.AnalyticsReport;
import app.rune.service.analytics.ReportRange;
import app.rune.ui.common.DateText;
import app.rune.ui.common.Fxml;
import app.rune.ui.common.LazyTooltip;
import app.rune.ui.common.Shown;
import java.io.File;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Analytics screen: tiles, the year's heat map and four charts, each chart with its exact numbers on hover
 * and a button to save it as PNG. Charts are built here from the ViewModel's plain data, without animation or
 * point symbols so long histories draw at once.
 */
public final class AnalyticsView {
    private final DateText dates = DateText.ofDefaultLocale();

    @FXML private ScrollPane root;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label errorMessage;
    @FXML private SegmentedButton rangeSelector;
    @FXML private GridPane tiles;
    @FXML private Label emptyNote;
    @FXML private VBox heatCard;
    @FXML private StackPane heatMapHost;
    @FXML private HBox heatLegend;
    @FXML private GridPane charts;

    private final AnalyticsViewModel viewModel;
    private final ResourceBundle text;

    public AnalyticsView(AnalyticsViewModel viewModel, ResourceBundle text) {
        this.viewModel = viewModel;
        this.text = text;
        Fxml.load(this, text);
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(AnalyticsView.class.getResource("analytics.css").toExternalForm());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        errorMessage.textProperty().bind(viewModel.errorMessageProperty());
        for (ReportRange range : ReportRange.values()) {
            ToggleButton button = new ToggleButton(text.getString("analytics.range." + range.name()));
            button.setId("range" + range.name());
            button.setUserData(range);
            button.setSelected(range == viewModel.rangeProperty().get());
            button.setOnAction(e -> {
                button.setSelected(true);
                viewModel.rangeProperty().set(range);
            });
            rangeSelector.getButtons().add(button);
        }
        heatMapHost.setMinWidth(0);
        buildTiles();
        buildLegend();
        Shown.when(emptyNote, viewModel.hasDataProperty().not().and(viewModel.reportProperty().isNotNull()));
        Shown.when(heatCard, viewModel.hasDataProperty());
        Shown.when(charts, viewModel.hasDataProperty());
        viewModel.reportProperty().addListener((obs, old, report) -> {
            if (report != null) {
                show(report);
            }
        });
    }

    private void buildTiles() {
        tiles.add(tile("tileCurrent", "analytics.tile.current", viewModel.currentStreakProperty(),
                viewModel.currentStreakNoteProperty()), 0, 0);
        tiles.add(tile("tileLongest", "analytics.tile.longest", viewModel.longestStreakProperty(),
                constant(text.getString("analytics.longest.note"))), 1, 0);
        tiles.add(tile("tileGoalCompletion", "analytics.tile.goalCompletion", viewModel.goalCompletionProperty(),
                constant(text.getString("analytics.tile.goalCompletion.note"))), 2, 0);
        tiles.add(tile("tileAverage", "analytics.tile.average", viewModel.averageCompletionProperty(),
                constant(text.getString("analytics.tile.average.note"))), 0, 1);
        tiles.add(tile("tileTarget", "analytics.tile.target", viewModel.targetProperty(), viewModel.targetNoteProperty()),
                1, 1);
        tiles.add(tile("tilePace", "analytics.tile.pace", viewModel.paceProperty(), viewModel.paceNoteProperty()), 2, 1);
    }

    private VBox tile(String id, String captionKey, ObservableValue<String> value, ObservableValue<String> note) {
        Label caption = new Label(text.getString(captionKey));
        caption.getStyleClass().add("tile-caption");
        caption.setWrapText(true);
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("tile-value");
        // A value in words ("Not enough data yet") wraps in a narrow tile rather than lose its end.
        number.setWrapText(true);
        number.textProperty().bind(value);
        Label small = new Label();
        small.getStyleClass().addAll("tile-note", "muted");
        small.setWrapText(true);
        small.textProperty().bind(note);
        VBox tile = new VBox(4, caption, number, small);
        tile.getStyleClass().addAll("card", "tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        // Tiles share the width there is; their words wrap rather than push the page wider.
        tile.setMinWidth(0);
        tile.setMaxHeight(Double.MAX_VALUE);
        return tile;
    }

    private void buildLegend() {
        heatLegend.getChildren().add(new Label(text.getString("analytics.heatmap.less")));
        for (int level = 0; level <= HeatMap.LEVELS; level++) {
            Region cell = new Region();
            cell.getStyleClass().addAll("heat-cell", "heat-" + level);
            cell.setPrefSize(11, 11);
            cell.setMinSize(11, 11);
            heatLegend.getChildren().add(cell);
        }
        heatLegend.getChildren().add(new Label(text.getString("analytics.heatmap.more")));
        Region rest = new Region();
        rest.getStyleClass().addAll("heat-cell", "heat-rest");
        rest.setPrefSize(11, 11);
        rest.setMinSize(11, 11);
        Label restLabel = new Label(text.getString("analytics.heatmap.restLegend"), rest);
        restLabel.setPadding(new Insets(0, 0, 0, 16));
        heatLegend.getChildren().add(restLabel);
    }

    private void show(AnalyticsReport report) {
        heatMapHost.getChildren().setAll(new HeatMap(report.heatMap(), text, dates));
        charts.getChildren().clear();
        charts.add(card("chartRolling", "analytics.chart.rolling", rolling(report.rolling())), 0, 0);
        charts.add(card("chartObstacles", "analytics.chart.obstacles", obstacles(report.obstacles())), 1, 0);
        charts.add(card("chartHours", "analytics.chart.hours",
                hours(report.hours(), report.figures().bestPerformingTimes())), 0, 1);
        charts.add(card("chartTasks", "analytics.chart.tasks", tasks(report.tasks())), 1, 1);
    }

    private VBox card(String id, String titleKey, Node content) {
        Label title = new Label(text.getString(titleKey));
        title.getStyleClass().add("section-title");
        Button save = new Button(null, new FontIcon("fth-download"));
        save.setId(id + "Save");
        save.getStyleClass().add("icon-button");
        LazyTooltip.install(save, text.getString("analytics.save"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, save);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(8, header, content);
        card.setMinWidth(0);
        card.setId(id);
        card.getStyleClass().addAll("card", "chart-card");
        save.setOnAction(e -> saveAsPng(card, id));
        return card;
    }

    private Node rolling(List<AnalyticsReport.RollingPoint> points) {
        List<AnalyticsReport.RollingPoint> drawn = AnalyticsViewModel.downsample(points, AnalyticsViewModel.MAX_POINTS);
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
        if (!drawn.isEmpty()) {
            x.setAutoRanging(false);
            long first = drawn.get(0).date().toEpochDay();
            long last = drawn.get(drawn.size() - 1).date().toEpochDay();
            x.setLowerBound(first);
            x.setUpperBound(Math.max(last, first + 1));
            x.setTickUnit(Math.max(1, (last - first) / 4.0));
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

    private Node obstacles(Map<String, Integer> counts) {
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

    private Node hours(int[] hours, List<LocalTime> best) {
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

    private Node tasks(List<AnalyticsReport.TaskFigures> tasks) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.getStyleClass().add("task-figures");
        grid.add(header("analytics.chart.tasks.done"), 1, 0);
        grid.add(header("analytics.chart.tasks.difficulty"), 2, 0);
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
            grid.addRow(row++, title, doneBox, difficulty);
        }
        return grid;
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

    private void saveAsPng(Node card, String id) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.getString("analytics.save.title"));
        chooser.setInitialFileName("rune-" + id.replace("chart", "").toLowerCase(Locale.ROOT) + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            PngExport.save(card, file.toPath());
            errorMessage.textProperty().unbind();
            errorMessage.setText(MessageFormat.format(text.getString("analytics.saved"), file.getName()));
        } catch (IOException e) {
            errorMessage.textProperty().unbind();
            errorMessage.setText(MessageFormat.format(text.getString("analytics.save.failed"), e.getMessage()));
        }
    }

    private static ObservableValue<String> constant(String value) {
        return new SimpleStringProperty(value);
    }
}
