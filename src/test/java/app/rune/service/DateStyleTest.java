package app.rune.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateStyleTest {
    private static final LocalDate JUNE_3 = LocalDate.of(2027, 6, 3);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | June 3, 2027
            en-GB | 3 June 2027
            de-DE | 3. Juni 2027
            fr-FR | 3 juin 2027
            """)
    void aDateIsWrittenInTheLocalesLongForm(String tag, String written) {
        assertThat(new DateStyle(Locale.forLanguageTag(tag)).format(JUNE_3)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "de-DE", "fr-FR", "ja-JP", "ar-EG"})
    void whatItWritesItReadsBack(String tag) {
        DateStyle style = new DateStyle(Locale.forLanguageTag(tag));
        assertThat(style.parse(style.format(JUNE_3))).contains(JUNE_3);
        assertThat(style.parse(" " + style.format(JUNE_3).toUpperCase(style.locale()) + " ")).contains(JUNE_3);
    }

    @Test
    void aDateIsFoundInASentenceWithWhereItStands() {
        DateStyle style = new DateStyle(Locale.US);
        String sentence = "Run 10 km without stopping by June 3, 2027, in the park";

        DateStyle.Found found = style.find(sentence).orElseThrow();

        assertThat(found.date()).isEqualTo(JUNE_3);
        assertThat(sentence.substring(found.start(), found.end())).isEqualTo("June 3, 2027");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Run 10 km by June", "by 3 June 2027", "Junes 3, 2027", "June 31, 2027",
        "12/06/2027", "June 3, 20271"})
    void textWithoutADateInThisFormHasNone(String text) {
        assertThat(new DateStyle(Locale.US).find(text)).isEmpty();
    }
}
