package org.acredita.standards;

import org.acredita.standards.internal.Highlight;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acredita.standards.internal.Highlight.Part;
import org.junit.jupiter.api.Test;

/** Highlighting ignores accents and case, keeps the original text, and never builds markup. */
class StandardsHighlightTest {

    @Test
    void marksEveryWordOfTheQueryIgnoringAccentsAndCase() {
        assertThat(Highlight.of("Política de uso de la fuerza", "politica FUERZA")).containsExactly(
                new Part("Política", true), new Part(" de uso de la ", false), new Part("fuerza", true));
    }

    @Test
    void leavesTextAloneWithoutAQueryAndKeepsMarkupAsText() {
        assertThat(Highlight.of("<b>Misión</b>", null)).containsExactly(new Part("<b>Misión</b>", false));
        assertThat(Highlight.of("<b>Misión</b>", "mision")).containsExactly(new Part("<b>", false),
                new Part("Misión", true), new Part("</b>", false));
        assertThat(Highlight.of(null, "x")).isEqualTo(List.of());
    }

    @Test
    void ignoresOneLetterWordsAndNumberPunctuation() {
        assertThat(Highlight.of("a la vez", "a")).containsExactly(new Part("a la vez", false));
    }
}
