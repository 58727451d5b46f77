package app.rune.ui.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.service.goal.GoalInputRules;
import org.junit.jupiter.api.Test;

/** An empty minutes cell is a task without an estimate; text that is no number is refused, never dropped. */
class MinutesConverterTest {
    private final MinutesConverter converter = new MinutesConverter();

    @Test
    void anEmptyCellIsNoEstimateAndPassesTheRules() {
        assertThat(converter.fromString("  ")).isNull();
        assertThat(GoalInputRules.minutes(converter.fromString(""))).isEmpty();
        assertThat(converter.toString(null)).isEmpty();
    }

    @Test
    void textThatIsNoNumberIsRefusedByTheRulesInsteadOfBecomingNoEstimate() {
        assertThat(GoalInputRules.minutes(converter.fromString("twenty"))).isPresent();
        assertThat(converter.fromString(" 25 ")).isEqualTo(25);
        assertThat(GoalInputRules.minutes(converter.fromString("25"))).isEmpty();
    }
}
