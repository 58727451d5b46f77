package app.rune.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+49 30 1234", "-tired", "@home", "\t=1", "\r=1", "="})
    void textAFormulaCouldStartWithGetsASingleQuoteInFront(String text) {
        assertThat(SpreadsheetText.inert(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "felt good", "1+1=2", " =SUM(A1)", "café, \"très\"", "'quoted", "🎉=party"})
    void otherTextIsLeftAsWritten(String text) {
        assertThat(SpreadsheetText.inert(text)).isSameAs(text);
    }

    @Test
    void nullStaysNullSoTheCellStaysEmpty() {
        assertThat(SpreadsheetText.inert(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+49 30 1234", "-tired", "@home", "\t=1", "\r=1", "="})
    void typedTakesOffTheQuoteInertPutInFront(String text) {
        assertThat(SpreadsheetText.typed(SpreadsheetText.inert(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "'", "'quoted", "''=x", "felt good", "' =x"})
    void typedLeavesEveryOtherQuoteAlone(String cell) {
        assertThat(SpreadsheetText.typed(cell)).isEqualTo(cell);
    }
}
