package app.rune;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words people read come from bundles, and some reach the screen through {@link MessageFormat} (which reads
 * {@code ''} as one apostrophe and a lone {@code '} as the start of a quoted stretch) while others are shown as
 * they are (FXML's {@code %key}, labels, tooltips). So the UI's and the goal coach's bundles hold no ASCII
 * apostrophe at all: they write ’ (U+2019), which reads the same either way. The voice bundle has its own
 * reader ({@code CoachVoice}), which prints what is written: a doubled apostrophe there would show doubled.
 */
class BundleTextTest {
    private static final char APOSTROPHE = '\'';

    @ParameterizedTest
    @ValueSource(strings = {"app.rune.ui.messages", "app.rune.coach.goals"})
    void noStringHoldsAnAsciiApostrophe(String name) {
        ResourceBundle bundle = ResourceBundle.getBundle(name);
        List<String> offenders = Collections.list(bundle.getKeys()).stream()
                .filter(key -> bundle.getString(key).indexOf(APOSTROPHE) >= 0)
                .map(key -> key + "=" + bundle.getString(key))
                .sorted().toList();
        assertThat(offenders).as("strings of %s with ' instead of \u2019", name).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.rune.ui.messages", "app.rune.coach.goals"})
    void aStringWithoutArgumentsReadsTheSameThroughMessageFormat(String name) {
        ResourceBundle bundle = ResourceBundle.getBundle(name);
        List<String> offenders = Collections.list(bundle.getKeys()).stream()
                .filter(key -> !bundle.getString(key).contains("{"))
                .filter(key -> !new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(new Object[0])
                        .equals(bundle.getString(key)))
                .sorted().toList();
        assertThat(offenders).as("strings of %s that MessageFormat would change", name).isEmpty();
    }

    @Test
    void theVoiceBundleHasNoDoubledApostrophe() {
        ResourceBundle voice = ResourceBundle.getBundle("app.rune.coach.voice");
        List<String> offenders = Collections.list(voice.getKeys()).stream()
                .filter(key -> voice.getString(key).contains("''"))
                .sorted().toList();
        assertThat(offenders).as("the coach's voice prints what is written, so '' would show doubled").isEmpty();
    }
}
