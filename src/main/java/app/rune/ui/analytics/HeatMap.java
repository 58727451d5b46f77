package app.rune.ui.analytics;

import app.rune.service.analytics.AnalyticsReport;
import app.rune.ui.common.DateText;
import app.rune.ui.common.LazyTooltip;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A calendar of the last 52 weeks as people read one ({@link CalendarLayout}): a column a week, the week's first
 * day at the top, the months named along the top and Mon, Wed and Fri at the left. Each day is coloured by how
 * much was done (five steps of the accent colour), rest days marked, every day with its exact numbers on hover.
 * The cells take the size the width allows, between {@link #MIN_CELL} and {@link #MAX_CELL}: the map never pushes
 * the page wider than the window.
 */
final class HeatMap extends Region {
    static final int LEVELS = 4;
    static final double GAP = 3;
    static final double MIN_CELL = 5;
    static final double MAX_CELL = 14;
    /** Between the weekday names and the first column, and under the month names. */
    private static final double LABEL_GAP = 6;

    private final CalendarLayout layout;
    private final List<Region> cells = new ArrayList<>();
    private final List<LocalDate> cellDates = new ArrayList<>();
    private final List<Label> months = new ArrayList<>();
    private final List<Integer> monthColumns = new ArrayList<>();
    private final List<Label> weekdays = new ArrayList<>();
    private final List<Integer> weekdayRows = new ArrayList<>();

    HeatMap(List<AnalyticsReport.HeatDay> days, ResourceBundle text, DateText dates) {
        getStyleClass().add("heat-map");
        layout = new CalendarLayout(days.stream().map(AnalyticsReport.HeatDay::date).toList(), dates);
        for (AnalyticsReport.HeatDay day : days) {
            Region cell = new Region();
            cell.getStyleClass().addAll("heat-cell", styleOf(day));
            cell.setUserData(day.date());
            LazyTooltip.install(cell, describe(day, text, dates), Duration.millis(150));
            cells.add(cell);
            cellDates.add(day.date());
        }
        if (!days.isEmpty()) {
            for (CalendarLayout.MonthLabel month : layout.months()) {
                months.add(label(month.text(), "heat-month"));
                monthColumns.add(month.column());
            }
            for (CalendarLayout.WeekdayLabel weekday : layout.weekdays()) {
                weekdays.add(label(weekday.text(), "heat-weekday"));
                weekdayRows.add(weekday.row());
            }
        }
        getChildren().addAll(cells);
        getChildren().addAll(months);
        getChildren().addAll(weekdays);
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double labelColumn() {
        double widest = weekdays.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0);
        return widest == 0 ? 0 : widest + LABEL_GAP;
    }

    private double labelRow() {
        double tallest = months.stream().mapToDouble(l -> l.prefHeight(-1)).max().orElse(0);
        return tallest == 0 ? 0 : tallest + LABEL_GAP / 2;
    }

    private double width(double cell) {
        int weeks = layout.weeks();
        return snappedLeftInset() + labelColumn() + weeks * cell + Math.max(0, weeks - 1) * GAP
                + snappedRightInset();
    }

    /** The cell size that fits {@code width}, whole pixels, within the limits. */
    private double cellFor(double width) {
        int weeks = Math.max(1, layout.weeks());
        double room = width - snappedLeftInset() - snappedRightInset() - labelColumn() - (weeks - 1) * GAP;
        return Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(room / weeks)));
    }

    @Override
    protected double computeMinWidth(double height) {
        return width(MIN_CELL);
    }

    @Override
    protected double computePrefWidth(double height) {
        return width(MAX_CELL);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        double cell = width < 0 ? MAX_CELL : cellFor(width);
        return snappedTopInset() + labelRow() + 7 * cell + 6 * GAP + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double cell = cellFor(getWidth());
        double left = snappedLeftInset() + labelColumn();
        double top = snappedTopInset() + labelRow();
        for (int i = 0; i < cells.size(); i++) {
            LocalDate date = cellDates.get(i);
            cells.get(i).resizeRelocate(left + layout.column(date) * (cell + GAP),
                    top + layout.row(date) * (cell + GAP), cell, cell);
        }
        for (int i = 0; i < months.size(); i++) {
            Label month = months.get(i);
            month.autosize();
            month.relocate(left + monthColumns.get(i) * (cell + GAP), snappedTopInset());
        }
        for (int i = 0; i < weekdays.size(); i++) {
            Label weekday = weekdays.get(i);
            weekday.autosize();
            // Right-aligned beside its row, centred on it.
            weekday.relocate(left - LABEL_GAP - weekday.getWidth(),
                    top + weekdayRows.get(i) * (cell + GAP) + (cell - weekday.getHeight()) / 2);
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
