package org.acredita.standards;

import org.acredita.standards.internal.EditionComparison;
import org.acredita.standards.internal.Standard;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acredita.standards.format.ManualDocument;
import org.junit.jupiter.api.Test;

/** Comparing editions: the later edition's crosswalk first, then numbers for what it does not mention. */
class StandardsEditionComparisonTest {

    @Test
    void followsTheCrosswalkThenMatchesTheRestByNumber() {
        ManualDocument earlier = edition("2024", null, standard("1.1.1", "Misión"), standard("1.1.2", "Organigrama"),
                standard("1.1.3", "Archivo"), standard("2.1.1", "Detención"));
        ManualDocument later = edition("2026", new ManualDocument.Crosswalk(new ManualDocument.EditionRef("M", "2024"),
                List.of(new ManualDocument.Entry("1.1.2", "1.2.1", Relationship.SUBSET),
                        new ManualDocument.Entry("1.1.3", null, Relationship.REMOVED),
                        new ManualDocument.Entry(null, "3.1.1", Relationship.NEW))),
                standard("1.1.1", "Misión"), standard("1.2.1", "Organigrama"), standard("2.1.1", "Detención segura"),
                standard("3.1.1", "Nueva"), standard("1.1.2", "Valores"));

        EditionComparison comparison = EditionComparison.between(earlier, later);

        assertThat(comparison.added()).extracting(ManualDocument.Standard::number).containsExactly("1.1.2", "3.1.1");
        assertThat(comparison.removed()).extracting(ManualDocument.Standard::number).containsExactly("1.1.3");
        assertThat(comparison.changed()).extracting(change -> change.from().number() + ">" + change.to().number()
                + " " + change.relationship()).containsExactly("1.1.2>1.2.1 SUBSET", "2.1.1>2.1.1 INTERSECTS");
        assertThat(comparison.unchanged()).isEqualTo(1);
    }

    @Test
    void withoutACrosswalkMatchesByNumberOnly() {
        ManualDocument earlier = edition("2024", null, standard("1.1.1", "Misión"), standard("1.1.2", "Organigrama"));
        ManualDocument later = edition("2026", null, standard("1.1.1", "Misión"), standard("1.1.3", "Nueva"));

        EditionComparison comparison = EditionComparison.between(earlier, later);

        assertThat(comparison.added()).extracting(ManualDocument.Standard::number).containsExactly("1.1.3");
        assertThat(comparison.removed()).extracting(ManualDocument.Standard::number).containsExactly("1.1.2");
        assertThat(comparison.changed()).isEmpty();
        assertThat(comparison.unchanged()).isEqualTo(1);
    }

    private static ManualDocument edition(String version, ManualDocument.Crosswalk crosswalk,
            ManualDocument.Standard... standards) {
        return new ManualDocument(ManualDocument.FORMAT, "LAW_ENFORCEMENT", "M", version, new Text("Manual", "Manual"),
                version + "-01-01", null, "es", List.of("es", "en"), null, null, null, List.of(standards), crosswalk);
    }

    private static ManualDocument.Standard standard(String number, String title) {
        return new ManualDocument.Standard(number, new Text(title, title), new Text(title + ".", title + "."), null,
                null, null, Level.MANDATORY, null, null, null, null, null);
    }
}
