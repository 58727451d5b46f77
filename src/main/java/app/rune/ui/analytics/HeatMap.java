package app.rune.ui.analytics;

import app.rune.service.analytics.AnalyticsReport;
import app.rune.ui.common.DateText;
import app.rune.ui.common.LazyTooltip;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A calendar of the last 52 weeks, a column a week, Monday at the top: each day coloured by how much was done
 * (five steps of the accent colour), rest days marked, every day with its exact numbers on hover.
 */
final class HeatMap extends GridPane {
    static final int LEVELS = 4;
    static final double GAP = 3;
    static final double MIN_CELL = 5;
    static final double MAX_CELL = 14;

    HeatMap(List<AnalyticsReport.HeatDay> days, ResourceBundle text, DateText dates) {
        getStyleClass().add("heat-map");
        setHgap(GAP);
        setVgap(GAP);
        if (days.isEmpty()) {
            return;
        }
        int column = 0;
        int offset = days.get(0).date().getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < days.size(); i++) {
            AnalyticsReport.HeatDay day = days.get(i);
            int row = day.date().getDayOfWeek().getValue() - 1;
            column = (i + offset) / 7;
            Region cell = new Region();
            cell.getStyleClass().addAll("heat-cell", styleOf(day));
            cell.setMinSize(MIN_CELL, MIN_CELL);
            LazyTooltip.install(cell, describe(day, text, dates), Duration.millis(150));
            add(cell, column, row);
        }
    }

    /** Sizes the cells so that the year fits {@code width}: the map never pushes the page wider than the window. */
    void fitTo(double width) {
        int weeks = getChildren().isEmpty() ? 1 : 1 + getChildren().stream()
                .mapToInt(n -> GridPane.getColumnIndex(n) == null ? 0 : GridPane.getColumnIndex(n)).max().orElse(0);
        double cell = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor((width - (weeks - 1) * GAP) / weeks)));
        for (var node : getChildren()) {
            ((Region) node).setPrefSize(cell, cell);
        }
    }

    static String styleOf(AnalyticsReport.HeatDay day) {
        if (day.restDay()) {
            return "heat-rest";
        }
        Double ratio = day.ratio();
        if (ratio == null) {
            return "heat-none";
        }
        // 0 done is the lightest step; anything done starts at step 1, all done is the darkest.
        return "heat-" + (ratio == 0 ? 0 : Math.max(1, (int) Math.ceil(ratio * LEVELS)));
    }

    private static String describe(AnalyticsReport.HeatDay day, ResourceBundle text, DateText dates) {
        String date = dates.day(day.date());
        if (day.restDay()) {
            return MessageFormat.format(text.getString("analytics.heatmap.rest"), date);
        }
        if (day.entries() == 0) {
            return MessageFormat.format(text.getString("analytics.heatmap.none"), date);
        }
        return MessageFormat.format(text.getString("analytics.heatmap.day"), date, day.completed(), day.entries());
    }
}
