package org.acredita.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {

    @Test
    void marksAsTextEveryValueASpreadsheetWouldRunAsAFormula() {
        for (String formula : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
            assertThat(FormulaGuard.neutralise(formula)).isEqualTo("'" + formula);
        }
    }

    @Test
    void leavesOrdinaryTextAlone() {
        for (String text : List.of("Querétaro", "4.2.10", "A:1-24;B:25-", "", " =spaced")) {
            assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
        }
        assertThat(FormulaGuard.neutralise(null)).isNull();
    }

    @Test
    void restoringGivesBackExactlyTheTextThatWasWritten() {
        for (String text : List.of("=HYPERLINK(\"x\")", "'quoted'", "''", "'=1", "-", "plain", "")) {
            assertThat(FormulaGuard.restore(FormulaGuard.neutralise(text))).isEqualTo(text);
        }
    }
}
