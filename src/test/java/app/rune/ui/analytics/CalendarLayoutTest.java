package app.rune.ui.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ui.common.DateText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The year's calendar laid out as people read it, without the FX toolkit. */
class CalendarLayoutTest {
    private static final LocalDate LAST = LocalDate.of(2027, 1, 14);
    private static final List<LocalDate> YEAR = Stream.iterate(LAST.minusDays(363), d -> d.plusDays(1)).limit(364)
            .toList();

    @Test
    void inTheUsTheWeekStartsOnSundayAndMonWedFriAreNamedBesideTheirRows() {
        CalendarLayout layout = new CalendarLayout(YEAR, new DateText(Locale.US));

        assertThat(layout.row(DayOfWeek.SUNDAY)).isZero();
        assertThat(layout.weekdays()).containsExactly(new CalendarLayout.WeekdayLabel(1, "Mon"),
                new CalendarLayout.WeekdayLabel(3, "Wed"), new CalendarLayout.WeekdayLabel(5, "Fri"));
    }

    @Test
    void inGermanyTheWeekStartsOnMondayInGermanWords() {
        CalendarLayout layout = new CalendarLayout(YEAR, new DateText(Locale.GERMANY));

        assertThat(layout.row(DayOfWeek.MONDAY)).isZero();
        assertThat(layout.weekdays()).containsExactly(new CalendarLayout.WeekdayLabel(0, "Mo."),
                new CalendarLayout.WeekdayLabel(2, "Mi."), new CalendarLayout.WeekdayLabel(4, "Fr."));
        assertThat(layout.months()).extracting(CalendarLayout.MonthLabel::text).contains("M\u00e4r", "Dez");
    }

    @Test
    void eachMonthIsNamedOverTheColumnOfItsFirstDayInOrder() {
        CalendarLayout layout = new CalendarLayout(YEAR, new DateText(Locale.US));
        List<CalendarLayout.MonthLabel> months = layout.months();

        // The year opens on Friday 16 January 2026, three weeks before February: room for its name.
        assertThat(months).extracting(CalendarLayout.MonthLabel::text).containsExactly("Jan", "Feb", "Mar", "Apr",
                "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan");
        assertThat(months.get(0).column()).isZero();
        assertThat(months.get(1).column()).isEqualTo(layout.column(LocalDate.of(2026, 2, 1))).isEqualTo(3);
        assertThat(months.get(12).column()).isEqualTo(layout.column(LocalDate.of(2027, 1, 1)));
        for (int i = 1; i < months.size(); i++) {
            assertThat(months.get(i).column() - months.get(i - 1).column())
                    .isGreaterThanOrEqualTo(CalendarLayout.MIN_LABEL_COLUMNS);
        }
    }

    @Test
    void aMonthUnderWayWhenTheCalendarOpensIsNamedOverItsFirstColumnWhenThereIsRoom() {
        List<LocalDate> fromTheThird = Stream.iterate(LocalDate.of(2026, 3, 3), d -> d.plusDays(1)).limit(60)
                .toList();
        List<LocalDate> fromTheTwentyEighth = Stream.iterate(LocalDate.of(2026, 3, 28), d -> d.plusDays(1))
                .limit(60).toList();

        assertThat(new CalendarLayout(fromTheThird, new DateText(Locale.US)).months().get(0))
                .isEqualTo(new CalendarLayout.MonthLabel(0, "Mar"));
        assertThat(new CalendarLayout(fromTheTwentyEighth, new DateText(Locale.US)).months().get(0).text())
                .as("too close to April to be named").isEqualTo("Apr");
    }

    @Test
    void daysFillTheColumnsWeekByWeek() {
        CalendarLayout layout = new CalendarLayout(YEAR, new DateText(Locale.US));

        assertThat(layout.weeks()).isEqualTo(53);
        for (int i = 1; i < YEAR.size(); i++) {
            LocalDate day = YEAR.get(i);
            LocalDate before = YEAR.get(i - 1);
            boolean newWeek = layout.row(day) == 0;
            assertThat(layout.column(day)).isEqualTo(layout.column(before) + (newWeek ? 1 : 0));
            assertThat(layout.row(day)).isEqualTo(newWeek ? 0 : layout.row(before) + 1);
        }
    }
}
