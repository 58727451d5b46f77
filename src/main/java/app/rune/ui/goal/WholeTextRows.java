package app.rune.ui.goal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps every word of a table's text cells in sight: their text wraps, each row is as tall as its longest text
 * needs at its column's width (one line at least), and the table is as tall as its rows (three at least), so
 * it never scrolls inside or cuts a task's words short with an ellipsis.
 */
final class WholeTextRows<S> {
    /** A cell's insets on both sides together, until a styled cell says what they are. */
    private static final double CELL_INSETS = 6;
    /** Room for three rows at least, so an empty table has room for its placeholder. */
    private static final int MIN_ROWS = 3;

    private final TableView<S> table;
    private final double rowHeight;
    private final double headerHeight;
    private final List<Column<S>> columns;
    private final Text measure = new Text();
    private List<Double> rowHeights = List.of();
    /** Counts the times the rows' heights changed: each row's height follows it. */
    private final IntegerProperty measured = new SimpleIntegerProperty();

    /** A column whose text wraps, with the row's text in it. */
    record Column<S>(TableColumn<S, ?> column, Function<S, String> text) {
    }

    WholeTextRows(TableView<S> table, double rowHeight, double headerHeight, List<Column<S>> columns) {
        this.table = table;
        this.rowHeight = rowHeight;
        this.headerHeight = headerHeight;
        this.columns = List.copyOf(columns);
        table.setRowFactory(t -> {
            TableRow<S> row = new TableRow<>();
            row.prefHeightProperty().bind(Bindings.createDoubleBinding(
                    () -> row.getItem() == null ? rowHeight : heightOf(row.getItem()), row.itemProperty(), measured));
            return row;
        });
        for (Column<S> column : this.columns) {
            column.column().widthProperty().addListener((obs, old, width) -> fit());
        }
        table.getItems().addListener((ListChangeListener<S>) change -> fit());
        table.itemsProperty().addListener((obs, old, items) -> {
            items.addListener((ListChangeListener<S>) change -> fit());
            fit();
        });
        fit();
    }

    /**
     * Sizes the table to its rows, and when a row's height changed, tells the rows to measure again. (Rows are
     * not made anew for it: that would pull a cell from under a click or an edit.)
     */
    private void fit() {
        List<Double> heights = table.getItems().stream().map(this::heightOf).toList();
        double height = headerHeight + heights.stream().mapToDouble(Double::doubleValue).sum()
                + Math.max(0, MIN_ROWS - heights.size()) * rowHeight;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        if (!heights.equals(rowHeights)) {
            rowHeights = heights;
            measured.set(measured.get() + 1);
        }
    }

    private double heightOf(S item) {
        double lines = 1;
        double line = lineHeight();
        for (Column<S> column : columns) {
            String text = column.text().apply(item);
            double width = column.column().getWidth() - cellInsets();
            if (text == null || text.isEmpty() || width <= 0) {
                continue;
            }
            measure.setFont(font());
            measure.setText(text);
            measure.setWrappingWidth(width);
            lines = Math.max(lines, Math.round(measure.getLayoutBounds().getHeight() / line));
        }
        return rowHeight + (lines - 1) * line;
    }

    private double lineHeight() {
        measure.setFont(font());
        measure.setWrappingWidth(0);
        measure.setText("X");
        return measure.getLayoutBounds().getHeight();
    }

    /** The cells' font once they are styled; the default before. */
    private Font font() {
        return styledCell().map(Labeled::getFont).orElse(Font.getDefault());
    }

    /** What a cell keeps free on its left and right, the room its text wraps in being the rest. */
    private double cellInsets() {
        return styledCell().map(cell -> cell.snappedLeftInset() + cell.snappedRightInset()).orElse(CELL_INSETS);
    }

    private Optional<Labeled> styledCell() {
        return table.lookupAll(".table-cell").stream().filter(Labeled.class::isInstance).map(Labeled.class::cast)
                .findFirst();
    }
}
