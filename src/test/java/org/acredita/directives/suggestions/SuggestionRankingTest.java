package org.acredita.directives.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.acredita.standards.format.ManualDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ranking of a section against the illustrative manual, its highlighting and its proposed elements. */
class SuggestionRankingTest {

    private static ManualIndex index;

    @BeforeAll
    static void indexTheManual() {
        index = ManualIndex.of(LabelledSet.manual());
    }

    private static List<String> ranked(String section, String directive) {
        return index.rank(new ManualIndex.SectionText(section, directive), Set.of(), 5).stream()
                .map(r -> r.standard().number()).toList();
    }

    @Test
    void aSpanishSectionRanksTheStandardItParaphrasesFirst() {
        assertThat(ranked("Armas no letales: cada elemento se certifica antes de portarlas y cada dos años.", null))
                .first().isEqualTo("4.2.3");
    }

    @Test
    void accentsAndPluralsDoNotMatter() {
        assertThat(ranked("deteccion de humo y extintores en las celdas del area de detencion", null)).first()
                .isEqualTo("7.2.1");
        assertThat(ranked("Detección de humo y extintores en las celdas del área de detención", null)).first()
                .isEqualTo("7.2.1");
    }

    @Test
    void anEnglishSectionMatchesTheManualsEnglishText() {
        assertThat(ranked("Duty to intervene: any officer who witnesses excessive force must stop it and report it.",
                "Use of force policy")).first().isEqualTo("4.1.4");
    }

    @Test
    void excludedStandardsAreLeftOutAndTheNextOnesMoveUp() {
        List<String> all = ranked("Persecuciones vehiculares: criterios para iniciar y terminar", null);
        List<String> without = index.rank(new ManualIndex.SectionText(
                "Persecuciones vehiculares: criterios para iniciar y terminar", null), Set.of(all.get(0)), 5).stream()
                .map(r -> r.standard().number()).toList();
        assertThat(without).doesNotContain(all.get(0)).startsWith(all.get(1));
    }

    @Test
    void aSectionSharingNoWordWithTheManualGetsNoSuggestion() {
        assertThat(ranked("Xylofón zzyzx", null)).isEmpty();
        assertThat(ranked("   ", null)).isEmpty();
    }

    @Test
    void theMatchedWordsAreMarkedAndTheTextIsKeptExactly() {
        List<Suggestion> suggestions = Suggester.suggest(index, new ManualIndex.SectionText(
                "Revisión de la persona detenida antes del traslado en el vehículo", null), "es", Set.of());
        Suggestion first = suggestions.get(0);
        assertThat(first.standardNumber()).isEqualTo("7.1.1");
        assertThat(String.join("", first.statement().stream().map(Fragment::text).toList()))
                .isEqualTo("Toda persona detenida es revisada antes de ser trasladada, y el vehículo se revisa antes y "
                        + "después.");
        assertThat(first.statement()).filteredOn(Fragment::matched).extracting(Fragment::text)
                .containsExactly("persona", "detenida", "vehículo");
        assertThat(first.matchedWords()).contains("revisión", "traslado", "detenida");
        assertThat(first.language()).isEqualTo("es");
    }

    @Test
    void theReadersLanguageChoosesTheTextShown() {
        Suggestion first = Suggester.suggest(index, new ManualIndex.SectionText("Cadena de custodia de los indicios",
                null), "en", Set.of()).get(0);
        assertThat(first.language()).isEqualTo("en");
        assertThat(String.join("", first.title().stream().map(Fragment::text).toList())).isNotBlank()
                .doesNotContain("custodia");
    }

    @Test
    void theElementsWhoseWordsTheSectionSharesAreProposedElseAllOfThem() {
        Suggestion complaints = Suggester.suggest(index, new ManualIndex.SectionText(
                "Los plazos de la investigación y la notificación del resultado", null), "es", Set.of())
                .get(0);
        assertThat(complaints.standardNumber()).isEqualTo("9.1.4");
        assertThat(complaints.suggestedLetters()).containsExactly("a", "c");

        ManualDocument.Standard plan = LabelledSet.manual().standards().stream()
                .filter(s -> s.number().equals("5.3.1")).findFirst().orElseThrow();
        Suggestion tactical = Suggester.suggest(index, new ManualIndex.SectionText("Grupo táctico", null), "es",
                Set.of()).stream().filter(s -> s.standardNumber().equals("5.3.1")).findFirst().orElseThrow();
        assertThat(tactical.suggestedLetters()).hasSize(plan.elements().size());
    }
}
