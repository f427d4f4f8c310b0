package org.acredita.standards.oscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acredita.access.RefusedWithProblems;
import org.acredita.standards.Frequency;
import org.acredita.standards.Level;
import org.acredita.standards.format.Catalogue;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.format.ManualDocument.Standard;
import org.acredita.standards.format.ManualSchema;
import org.acredita.standards.format.ManualValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mapping's corners that the real NIST files do not reach, without the application around it. */
class OscalCatalogReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Catalogue NOTHING_STORED = new Catalogue() {
        @Override
        public boolean programmeExists(String code) {
            return "LAW_ENFORCEMENT".equals(code);
        }

        @Override
        public boolean functionExists(String code) {
            return false;
        }

        @Override
        public boolean editionExists(String code, String version) {
            return false;
        }

        @Override
        public Optional<Set<String>> standardNumbers(String code, String version) {
            return Optional.empty();
        }
    };

    private final OscalCatalogReader reader = new OscalCatalogReader();

    @Test
    void mapsLooseControlsMixedGroupsWithdrawnControlsAndAcreditaProps() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 28; i++) {
            items.append(i > 1 ? "," : "").append("{\"name\": \"item\", \"prose\": \"item ").append(i).append("\"}");
        }
        JsonNode catalog = JSON.readTree("""
                {"catalog": {"uuid": "0b8f5a1e-58a4-4c43-9d6b-7d0b1c2e3f40",
                  "metadata": {"title": "Mixed catalog", "last-modified": "2025-02-03T04:05:06Z", "version": "v1+2",
                    "oscal-version": "1.1.0",
                    "props": [{"name": "tier", "ns": "https://acredita.org/ns/oscal", "value": "BASIC", "remarks": "Basic"}]},
                  "params": [{"id": "p-loop", "select": {"choice": ["again {{ insert: param, p-loop }}"]}},
                             {"id": "p-set", "values": ["every week"]}],
                  "controls": [{"id": "root-1", "title": "Loose", "parts": [{"name": "statement",
                    "prose": "Loop {{ insert: param, p-loop }}; set {{ insert: param, p-set }}; unknown {{ insert: param, nope }}."}]}],
                  "groups": [{"title": "Mixed",
                    "controls": [{"id": "m-1", "title": "Direct",
                      "props": [{"name": "level", "ns": "https://acredita.org/ns/oscal", "value": "MANDATORY"},
                                {"name": "tier", "ns": "https://acredita.org/ns/oscal", "value": "BASIC"},
                                {"name": "time-sensitive", "ns": "https://acredita.org/ns/oscal", "value": "annual",
                                 "remarks": "The yearly report."},
                                {"name": "level", "value": "MANDATORY"}],
                      "parts": [{"name": "statement", "parts": [%s]}],
                      "controls": [{"id": "m-1.1", "title": "Enhancement",
                        "controls": [{"id": "m-1.1.1", "title": "Deeper"}]}]}],
                    "groups": [{"title": "Nested", "groups": [{"title": "Deeper group",
                      "controls": [{"id": "w-1", "title": "Withdrawn", "props": [{"name": "status", "value": "withdrawn"}]}]}]}]}]}}
                """.formatted(items));

        ManualDocument document = reader.read(catalog).document();

        assertThat(document.code()).isEqualTo("MC");
        assertThat(document.version()).isEqualTo("v1-2");
        assertThat(document.effectiveDate()).isEqualTo("2025-02-03");
        assertThat(document.standards()).extracting(Standard::number)
                .containsExactly("1.1", "2.1.1", "2.1.1.1", "2.1.1.2", "2.3.1");
        assertThat(document.chapters().get(1).sections()).extracting(section -> section.title().en())
                .containsExactly("Mixed", "Nested", "Deeper group");
        Standard loose = document.standards().get(0);
        assertThat(loose.statement().en()).startsWith("Loop [Selection: again [Selection: again")
                .endsWith("; set every week; unknown [Assignment: nope].");
        Standard direct = document.standards().get(1);
        assertThat(direct.level()).isEqualTo(Level.MANDATORY);
        assertThat(direct.tiers()).containsExactly("BASIC");
        assertThat(direct.timeSensitivity().frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(direct.statement().en()).isEqualTo("Direct");
        assertThat(direct.elements()).hasSize(26);
        assertThat(direct.elements().get(25).letter()).isEqualTo("z");
        assertThat(direct.elements().get(25).text().en()).isEqualTo("item 26\nitem 27\nitem 28");
        assertThat(document.standards().get(2).level()).isEqualTo(Level.OTHER);
        assertThat(document.standards().get(4).statement().en()).isEqualTo("Withdrawn");
        assertThat(document.tiers()).singleElement().satisfies(tier -> assertThat(tier.name().en()).isEqualTo("Basic"));

        // Whatever the catalog held, the result is a manual the exchange format accepts as it stands.
        JsonNode tree = JSON.valueToTree(document);
        assertThat(new ManualSchema().check(tree)).isEmpty();
        assertThat(ManualValidator.check(tree, NOTHING_STORED)).isEmpty();
    }

    @Test
    void parametersInsertingEachOtherTwentyTimesPerLevelAreRefusedAtTheControlInsteadOfFillingTheHeap() {
        StringBuilder params = new StringBuilder();
        for (int level = 0; level < 6; level++) {
            String insert = level < 5 ? ("{{ insert: param, p" + (level + 1) + " }} ").repeat(20) : "hoja";
            params.append(level == 0 ? "" : ",").append("{\"id\": \"p").append(level).append("\", \"values\": [\"")
                    .append(insert).append("\"]}");
        }
        JsonNode catalog = JSON.readTree("""
                {"catalog": {"uuid": "0b8f5a1e-58a4-4c43-9d6b-7d0b1c2e3f41",
                  "metadata": {"title": "Hostile catalog", "last-modified": "2025-02-03T04:05:06Z", "version": "1",
                    "oscal-version": "1.1.0"},
                  "params": [%s],
                  "groups": [{"title": "G", "controls": [{"id": "c-1", "title": "Control",
                    "parts": [{"name": "statement", "prose": "Do {{ insert: param, p0 }}."}]}]}]}}
                """.formatted(params));

        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.read(catalog)).isInstanceOfSatisfying(RefusedWithProblems.class, refused ->
                assertThat(refused.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.location()).isEqualTo("/catalog/groups/0/controls/0");
                    assertThat(problem.messageKey()).isEqualTo("standards.import.oscal.parameterTooLarge");
                }));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(1));
    }

    @Test
    void listsEveryStructuralProblemWithItsPointer() {
        JsonNode garbage = JSON.readTree("""
                {"catalog": {"uuid": " ", "metadata": {"version": "1"}, "groups": {"title": "not a list"}}}""");
        assertThatThrownBy(() -> reader.read(garbage)).isInstanceOfSatisfying(RefusedWithProblems.class, rejected ->
                assertThat(rejected.problems()).extracting(problem -> problem.location() + " " + problem.messageKey())
                        .containsExactlyInAnyOrderElementsOf(List.of("/catalog/uuid standards.oscal.required",
                                "/catalog/metadata/title standards.oscal.required",
                                "/catalog/groups standards.oscal.notList", "/catalog standards.oscal.noControls")));
    }
}
