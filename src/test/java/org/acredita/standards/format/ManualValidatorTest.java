package org.acredita.standards.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.acredita.access.LocatedProblem;
import org.acredita.access.RefusedWithProblems;
import org.acredita.standards.internal.ManualFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each kind of problem in a manual file, found with its JSON pointer, all in one pass. */
class ManualValidatorTest {

    private static final ManualCodec CODEC = new ManualCodec();
    private static final ManualSchema SCHEMA = new ManualSchema();

    /** The test manual's world: one earlier edition (PRUEBA-POL 2024) and a few agency functions. */
    private static final Catalogue CATALOGUE = new Catalogue() {
        @Override
        public boolean programmeExists(String code) {
            return Set.of("LAW_ENFORCEMENT", "COMMUNICATIONS").contains(code);
        }

        @Override
        public boolean functionExists(String code) {
            return Set.of("HOLDING_FACILITY", "K9", "TACTICAL_TEAM").contains(code);
        }

        @Override
        public boolean editionExists(String code, String version) {
            return "PRUEBA-POL".equals(code) && "2024".equals(version);
        }

        @Override
        public Optional<Set<String>> standardNumbers(String code, String version) {
            return editionExists(code, version) ? Optional.of(Set.of("1.1.1", "1.1.2", "1.1.3")) : Optional.empty();
        }
    };

    @Test
    void theTestManualHasNoProblem() {
        assertThat(problems(manual())).isEmpty();
    }

    @Test
    void theExampleInTheFormatDocumentationIsValid() throws IOException {
        String documentation = java.nio.file.Files.readString(java.nio.file.Path.of("docs/standards-format.md"));
        String example = documentation.substring(documentation.indexOf("```yaml") + 7,
                documentation.indexOf("```", documentation.indexOf("```yaml") + 7));

        JsonNode manual = CODEC.read(example.getBytes(StandardCharsets.UTF_8), ManualFormat.ACREDITA_YAML);

        assertThat(problems(manual)).isEmpty();
        assertThat(CODEC.bind(manual).standards()).singleElement()
                .satisfies(standard -> assertThat(standard.elements()).hasSize(2));
    }

    @Test
    void findsADuplicateStandardNumber() {
        ObjectNode manual = manual();
        standard(manual, 1).put("number", "1.1.1");

        assertThat(problems(manual)).extracting(LocatedProblem::location, LocatedProblem::messageKey)
                .containsExactly(tuple("/standards/1/number", "standards.import.standard.duplicate"));
    }

    @Test
    void findsElementsNotLetteredInOrder() {
        ObjectNode manual = manual();
        ((ObjectNode) standard(manual, 2).get("elements").get(1)).put("letter", "c");

        assertThat(problems(manual)).containsExactly(
                LocatedProblem.at("/standards/2/elements/1/letter", "standards.import.element.letter", "c", "b"));
    }

    @Test
    void findsReferencesToUnknownChapterSectionTierSizeClassAndFunction() {
        ObjectNode manual = manual();
        standard(manual, 7).put("number", "3.1.1");
        standard(manual, 6).put("number", "2.7.1");
        ((ArrayNode) standard(manual, 0).get("tiers")).add("EXPERT");
        standard(manual, 1).withObject("levelBySizeClass").put("Z", "MANDATORY");
        ((ArrayNode) standard(manual, 5).get("functions")).add("SUBMARINE");

        assertThat(problems(manual)).extracting(LocatedProblem::location, LocatedProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("/standards/7/number", "standards.import.chapter.unknown"),
                        tuple("/standards/6/number", "standards.import.section.unknown"),
                        tuple("/standards/0/tiers/2", "standards.import.tier.unknown"),
                        tuple("/standards/1/levelBySizeClass/Z", "standards.import.sizeClass.unknown"),
                        tuple("/standards/5/functions/1", "standards.import.function.unknown"));
    }

    @Test
    void findsAMissingRequiredTranslation() {
        ObjectNode manual = manual();
        ((ObjectNode) standard(manual, 0).get("title")).remove("en");
        ((ObjectNode) standard(manual, 2).get("elements").get(0).get("text")).put("en", " ");

        assertThat(problems(manual)).containsExactly(
                LocatedProblem.at("/standards/0/title/en", "standards.import.translation.missing", "en"),
                LocatedProblem.at("/standards/2/elements/0/text/en", "standards.import.translation.missing", "en"));
    }

    @Test
    void aSpanishOnlyManualNeedsNoEnglish() {
        ObjectNode manual = manual();
        manual.putArray("requiredLanguages").add("es");
        ((ObjectNode) standard(manual, 0).get("title")).remove("en");

        assertThat(problems(manual)).isEmpty();
    }

    @Test
    void findsACrosswalkToAnUnknownStandardAndAnUnknownEdition() {
        ObjectNode manual = manual();
        ObjectNode entries = (ObjectNode) manual.get("crosswalk").get("entries").get(0);
        entries.put("to", "9.9.9");
        entries.put("from", "1.1.9");

        assertThat(problems(manual)).extracting(LocatedProblem::location, LocatedProblem::messageKey)
                .containsExactly(tuple("/crosswalk/entries/0/from", "standards.import.crosswalk.standard.unknown"),
                        tuple("/crosswalk/entries/0/to", "standards.import.crosswalk.standard.unknown"));

        ((ObjectNode) manual.get("crosswalk").get("fromEdition")).put("version", "1999");
        assertThat(problems(manual)).extracting(LocatedProblem::location)
                .contains("/crosswalk/fromEdition");
    }

    @Test
    void findsAnExistingEditionAndAnUnknownProgramme() {
        ObjectNode manual = manual();
        manual.put("version", "2024");
        manual.put("programme", "FIRE_SERVICE");

        assertThat(problems(manual)).extracting(LocatedProblem::location, LocatedProblem::messageKey)
                .containsExactly(tuple("/programme", "standards.import.programme.unknown"),
                        tuple("/version", "standards.import.edition.exists"));
    }

    @Test
    void findsDuplicatesAmongChaptersSizeClassesAndTiersAndBadDates() {
        ObjectNode manual = manual();
        ((ObjectNode) manual.get("chapters").get(1)).put("number", 1);
        ((ObjectNode) manual.get("sizeClasses").get(1)).put("code", "A");
        ((ObjectNode) manual.get("sizeClasses").get(2)).put("maxPersonnel", 10);
        ((ObjectNode) manual.get("tiers").get(1)).put("code", "BASIC");
        manual.put("transitionDate", "2025-12-31");

        assertThat(problems(manual)).extracting(LocatedProblem::location, LocatedProblem::messageKey)
                .contains(tuple("/chapters/1/number", "standards.import.chapter.duplicate"),
                        tuple("/sizeClasses/1/code", "standards.import.sizeClass.duplicate"),
                        tuple("/sizeClasses/2/maxPersonnel", "standards.import.sizeClass.range"),
                        tuple("/tiers/1/code", "standards.import.tier.duplicate"),
                        tuple("/transitionDate", "standards.import.transition.beforeEffective"));
    }

    @Test
    void refusesMoreStandardsThanTheLimit() {
        ObjectNode manual = manual();
        ArrayNode standards = manual.putArray("standards");
        for (int i = 0; i <= ManualValidator.MAX_STANDARDS; i++) {
            standards.addObject().put("number", "1.1." + (i + 1));
        }

        assertThat(ManualValidator.check(manual, CATALOGUE)).extracting(LocatedProblem::location, LocatedProblem::messageKey)
                .containsExactly(tuple("/standards", "standards.import.tooManyStandards"));
    }

    @Test
    void theSchemaFindsMissingUnknownAndMistypedFields() {
        ObjectNode manual = manual();
        standard(manual, 0).remove("statement");
        standard(manual, 1).put("colour", "blue");
        standard(manual, 2).put("level", "OPTIONAL");
        ((ObjectNode) manual.get("chapters").get(0)).put("number", "one");

        assertThat(SCHEMA.check(manual)).extracting(LocatedProblem::location, LocatedProblem::messageKey)
                .contains(tuple("/standards/0/statement", "standards.import.schema.required"),
                        tuple("/standards/1/colour", "standards.import.schema.unknownProperty"),
                        tuple("/standards/2/level", "standards.import.schema.enum"),
                        tuple("/chapters/0/number", "standards.import.schema.type"));
    }

    @Test
    void aMalformedFileIsOneProblemWithItsLineAndColumn() {
        byte[] broken = "{\n  \"format\": \"acredita-manual/1\",\n  \"code\" \"X\"\n}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CODEC.read(broken, ManualFormat.ACREDITA_JSON)).isInstanceOfSatisfying(
                RefusedWithProblems.class, rejected -> assertThat(rejected.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.location()).startsWith("3:");
                            assertThat(problem.messageKey()).isEqualTo("standards.import.malformed");
                        }));
        byte[] brokenYaml = "format: acredita-manual/1\ncode: [unclosed\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CODEC.read(brokenYaml, ManualFormat.ACREDITA_YAML))
                .isInstanceOf(RefusedWithProblems.class);
    }

    @Test
    void everyProblemHasAMessageInSpanishAndEnglish() throws IOException {
        ObjectNode manual = manual();
        standard(manual, 1).put("number", "1.1.1");
        standard(manual, 7).put("number", "3.1.1");
        ((ObjectNode) standard(manual, 0).get("title")).remove("en");
        standard(manual, 0).remove("statement");
        manual.put("version", "2024");
        List<LocatedProblem> found = new ArrayList<>(problems(manual));
        found.addAll(SCHEMA.check(manual));

        for (String language : List.of("es", "en")) {
            Properties bundle = bundle(language);
            assertThat(found).allSatisfy(problem -> assertThat(bundle).containsKey(problem.messageKey()));
        }
    }

    private static List<LocatedProblem> problems(JsonNode manual) {
        List<LocatedProblem> all = new ArrayList<>(SCHEMA.check(manual));
        all.addAll(ManualValidator.check(manual, CATALOGUE));
        return all;
    }

    static ObjectNode manual() {
        try (InputStream in = ManualValidatorTest.class.getResourceAsStream("/standards/test-manual.json")) {
            return (ObjectNode) CODEC.read(in.readAllBytes(), ManualFormat.ACREDITA_JSON);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode standard(ObjectNode manual, int index) {
        return (ObjectNode) manual.get("standards").get(index);
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ManualValidatorTest.class.getResourceAsStream(
                "/i18n/standards/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

}
