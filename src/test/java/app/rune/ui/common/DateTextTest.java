package app.rune.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.service.DateStyle;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The screens' dates, without the FX toolkit: one long form, the coach's, and the picker's converter with it. */
class DateTextTest {
    private static final LocalDate JUNE_3 = LocalDate.of(2027, 6, 3);

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "de-DE", "fr-FR", "ja-JP"})
    void theScreensWriteADateAsTheCoachDoes(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        DateText dates = new DateText(locale);
        String coach = new DateStyle(locale).format(JUNE_3);

        assertThat(dates.date(JUNE_3)).isEqualTo(coach);
        assertThat(dates.converter().toString(JUNE_3)).as("the date field").isEqualTo(coach);
    }

    @Test
    void aDayNamedOnItsOwnHasItsWeekday() {
        assertThat(new DateText(Locale.US).day(JUNE_3)).isEqualTo("Thursday, June 3, 2027");
        assertThat(new DateText(Locale.UK).day(JUNE_3)).isEqualTo("Thursday, 3 June 2027");
        assertThat(new DateText(Locale.US).weekdayAndTime(ZonedDateTime.of(JUNE_3.atTime(16, 5), ZoneOffset.UTC)))
                .isEqualTo("Thu 16:05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"June 3, 2027", "june 3, 2027", "Jun 3, 2027", "6/3/2027", "6/3/27", "2027-06-03",
        " June 3, 2027 "})
    void theDateFieldReadsWhatAPersonTypes(String typed) {
        assertThat(new DateText(Locale.US).converter().fromString(typed)).isEqualTo(JUNE_3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "June", "3 June", "13/13/2027", "soon"})
    void anythingElseIsNoDate(String typed) {
        StringConverter<LocalDate> converter = new DateText(Locale.US).converter();
        assertThat(converter.fromString(typed)).isNull();
        assertThat(converter.toString(null)).isEmpty();
    }

    @Test
    void namesAndTheWeekFollowTheLocale() {
        assertThat(new DateText(Locale.US).firstDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(new DateText(Locale.GERMANY).firstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(new DateText(Locale.US).month(Month.JANUARY)).isEqualTo("Jan");
        assertThat(new DateText(Locale.GERMANY).month(Month.MARCH)).isEqualTo("M\u00e4r");
        assertThat(new DateText(Locale.FRANCE).weekday(DayOfWeek.MONDAY)).isEqualTo("lun.");
    }
}
