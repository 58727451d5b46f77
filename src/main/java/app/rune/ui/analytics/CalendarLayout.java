package app.rune.ui.analytics;

import app.rune.ui.common.DateText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each day of the year's calendar goes, and its labels, as people read such calendars: a column a week,
 * the week starting on the locale's first day at the top; the month's short name over the column where it
 * begins, and Mon, Wed and Fri beside their rows, in the locale's words. Plain data, for {@link HeatMap} to draw.
 */
final class CalendarLayout {
    /** Month names stand at least this many columns apart, so none runs into the next. */
    static final int MIN_LABEL_COLUMNS = 3;
    private static final List<DayOfWeek> LABELLED_DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.FRIDAY);

    /** A name over a column. */
    record MonthLabel(int column, String text) {
    }

    /** A name beside a row. */
    record WeekdayLabel(int row, String text) {
    }

    private final LocalDate first;
    private final int days;
    private final DayOfWeek weekStart;
    private final List<MonthLabel> months = new ArrayList<>();
    private final List<WeekdayLabel> weekdays = new ArrayList<>();

    /** @param dates the days shown, oldest first, one per calendar day */
    CalendarLayout(List<LocalDate> dates, DateText text) {
        this.first = dates.isEmpty() ? null : dates.get(0);
        this.days = dates.size();
        this.weekStart = text.firstDayOfWeek();
        for (DayOfWeek day : LABELLED_DAYS) {
            weekdays.add(new WeekdayLabel(row(day), text.weekday(day)));
        }
        for (LocalDate date : dates) {
            boolean opensTheCalendar = date.equals(first) && date.getDayOfMonth() != 1;
            if (date.getDayOfMonth() == 1 || opensTheCalendar) {
                months.add(new MonthLabel(column(date), text.month(date.getMonth())));
            }
        }
        // A month already under way when the calendar opens keeps its name only if the next one leaves room.
        if (months.size() > 1 && months.get(1).column() - months.get(0).column() < MIN_LABEL_COLUMNS) {
            months.remove(0);
        }
    }

    int weeks() {
        return days == 0 ? 0 : column(first.plusDays(days - 1L)) + 1;
    }

    /** The row of a weekday: 0 for the locale's first day of the week. */
    int row(DayOfWeek day) {
        return (day.getValue() - weekStart.getValue() + 7) % 7;
    }

    int row(LocalDate date) {
        return row(date.getDayOfWeek());
    }

    /** The week's column: 0 for the week of the first day shown. */
    int column(LocalDate date) {
        return (int) ((date.toEpochDay() - first.toEpochDay() + row(first)) / 7);
    }

    List<MonthLabel> months() {
        return List.copyOf(months);
    }

    List<WeekdayLabel> weekdays() {
        return List.copyOf(weekdays);
    }
}
