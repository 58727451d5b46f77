package app.rune.ui.analytics;

import app.rune.platform.PngExport;
import app.rune.service.analytics.AnalyticsReport;
import app.rune.service.analytics.GoalChoice;
import app.rune.service.analytics.ReportRange;
import app.rune.ui.common.DateText;
import app.rune.ui.common.Fxml;
import app.rune.ui.common.LazyTooltip;
import app.rune.ui.common.Shown;
import java.io.File;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
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
    @FXML private ComboBox<GoalChoice> goalSelector;
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
        bindGoalSelector();
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

    /** All goals, or one: shown while there are several current goals. */
    private void bindGoalSelector() {
        GoalChoice all = new GoalChoice(null, text.getString("analytics.goal.all"));
        goalSelector.setConverter(new StringConverter<>() {
            @Override
            public String toString(GoalChoice choice) {
                return choice == null ? "" : choice.title();
            }

            @Override
            public GoalChoice fromString(String words) {
                return null;
            }
        });
        Runnable fill = () -> {
            List<GoalChoice> choices = new ArrayList<>();
            choices.add(all);
            choices.addAll(viewModel.goals());
            goalSelector.getItems().setAll(choices);
            goalSelector.getSelectionModel().select(choices.stream()
                    .filter(c -> Objects.equals(c.goalId(), viewModel.goalProperty().get()))
                    .findFirst().orElse(all));
        };
        viewModel.goals().addListener((ListChangeListener<GoalChoice>) change -> fill.run());
        viewModel.goalProperty().addListener((obs, old, now) -> fill.run());
        goalSelector.setOnAction(e -> {
            GoalChoice chosen = goalSelector.getValue();
            if (chosen != null) {
                viewModel.goalProperty().set(chosen.goalId());
            }
        });
        Shown.when(goalSelector, Bindings.size(viewModel.goals()).greaterThan(1));
        fill.run();
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
        AnalyticsCharts drawn = new AnalyticsCharts(text, dates);
        charts.add(card("chartRolling", text.getString("analytics.chart.rolling"), drawn.rolling(report.rolling())),
                0, 0);
        charts.add(card("chartObstacles", text.getString("analytics.chart.obstacles"),
                drawn.obstacles(report.obstacles())), 1, 0);
        charts.add(card("chartHours", text.getString("analytics.chart.hours"),
                drawn.hours(report.hours(), report.figures().bestPerformingTimes())), 0, 1);
        charts.add(card("chartTasks", text.getString("analytics.chart.tasks"), drawn.tasks(report.tasks())), 1, 1);
        // A chart of amounts for each measurable task with amounts in range, and of weeks (or months) met for each
        // task done N times a week (or month), two to a row.
        int at = 4;
        for (AnalyticsReport.TaskFigures task : report.tasks()) {
            if (task.target() != null && !task.amounts().isEmpty()) {
                charts.add(card("chartAmounts-" + task.taskId(), MessageFormat.format(
                        text.getString("analytics.chart.amounts"), task.title()), AmountChart.of(task, text, dates)),
                        at % 2, at / 2);
                at++;
            }
            if (!task.periods().isEmpty()) {
                charts.add(card("chartPeriods-" + task.taskId(), MessageFormat.format(
                        text.getString("analytics.chart.periods." + task.periods().get(0).every().name()),
                        task.title(), task.periods().get(0).times()),
                        PeriodChart.of(task, text, dates)), at % 2, at / 2);
                at++;
            }
        }
    }

    private VBox card(String id, String heading, Node content) {
        Label title = new Label(heading);
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
