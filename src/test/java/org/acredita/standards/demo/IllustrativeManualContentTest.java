package org.acredita.standards.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.acredita.access.LocatedProblem;
import org.acredita.standards.Frequency;
import org.acredita.standards.Level;
import org.acredita.standards.Text;
import org.acredita.standards.format.Catalogue;
import org.acredita.standards.format.ManualCodec;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.format.ManualSchema;
import org.acredita.standards.format.ManualValidator;
import org.acredita.standards.internal.ManualFormat;
import org.acredita.standards.internal.TranslationStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

/**
 * Each bundled illustrative manual is a valid file that is large enough to look like real work and
 * uses every feature of the model, in Spanish and English, and says plainly that it is illustrative.
 */
class IllustrativeManualContentTest {

    static final List<String> MANUALS = IllustrativeManuals.RESOURCES;

    private static final ManualCodec CODEC = new ManualCodec();
    private static final ManualSchema SCHEMA = new ManualSchema();
    /** The vocabularies the V7 migration seeds, and no stored edition. */
    private static final Catalogue EMPTY_LIBRARY = new Catalogue() {
        @Override
        public boolean programmeExists(String code) {
            return Set.of("LAW_ENFORCEMENT", "COMMUNICATIONS", "TRAINING_ACADEMY", "CAMPUS_SECURITY").contains(code);
        }

        @Override
        public boolean functionExists(String code) {
            return Set.of("HOLDING_FACILITY", "TRAFFIC", "TACTICAL_TEAM", "K9", "MARINE", "AVIATION", "CALL_TAKING_911",
                    "DISPATCH", "BASIC_ACADEMY_TRAINING", "IN_SERVICE_TRAINING").contains(code);
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

    @ParameterizedTest
    @FieldSource("MANUALS")
    void isAValidFile(String resource) {
        JsonNode tree = CODEC.read(IllustrativeManuals.read(resource), ManualFormat.ACREDITA_YAML);
        List<LocatedProblem> problems = new ArrayList<>(SCHEMA.check(tree));
        problems.addAll(ManualValidator.check(tree, EMPTY_LIBRARY));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("MANUALS")
    void looksLikeRealWorkAndUsesEveryFeature(String resource) {
        ManualDocument manual = manual(resource);
        assertThat(manual.title().es()).contains("Manual ilustrativo — no es texto de ninguna acreditadora real");
        assertThat(manual.title().en()).contains("Illustrative manual — not any real accreditation body's text");
        assertThat(manual.requiredLanguages()).containsExactlyInAnyOrder("es", "en");
        assertThat(manual.chapters()).hasSizeGreaterThanOrEqualTo(8);
        List<ManualDocument.Standard> standards = manual.standards();
        assertThat(standards).hasSizeGreaterThanOrEqualTo(60);

        // Levels by size class: some standard's level differs for some size class.
        assertThat(manual.sizeClasses()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(standards).anySatisfy(standard -> assertThat(standard.levelBySizeClass().values())
                .anyMatch(level -> level != standard.level()));
        assertThat(standards).extracting(ManualDocument.Standard::level).contains(Level.MANDATORY, Level.OTHER);
        // Tiers: a basic subset.
        assertThat(standards).anyMatch(standard -> standard.tiers().contains("BASIC"));
        assertThat(standards).anyMatch(standard -> !standard.tiers().contains("BASIC"));
        // Function-dependent standards.
        assertThat(standards).anyMatch(standard -> !standard.functions().isEmpty());
        assertThat(standards).anyMatch(standard -> standard.functions().isEmpty());
        // Time-sensitive standards of several frequencies, each saying what the proof is.
        Set<Frequency> frequencies = standards.stream().filter(standard -> standard.timeSensitivity() != null)
                .map(standard -> standard.timeSensitivity().frequency()).collect(Collectors.toSet());
        assertThat(frequencies).hasSizeGreaterThanOrEqualTo(4);
        standards.stream().filter(standard -> standard.timeSensitivity() != null)
                .forEach(standard -> bilingual(standard.timeSensitivity().proof(), standard.number()));
        // Elements, commentary and proof guidance.
        assertThat(standards).anyMatch(standard -> standard.elements().size() >= 3);
        assertThat(standards).anyMatch(standard -> standard.commentary() != null);
        assertThat(standards).anyMatch(standard -> standard.proofGuidance() != null);

        Set<String> numbers = new HashSet<>();
        for (ManualDocument.Standard standard : standards) {
            assertThat(numbers.add(standard.number())).as(standard.number()).isTrue();
            assertThat(standard.number()).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
            bilingual(standard.title(), standard.number());
            bilingual(standard.statement(), standard.number());
            bilingual(standard.proofGuidance(), standard.number());
            standard.elements().forEach(element -> bilingual(element.text(), standard.number()));
            assertThat(standard.translation()).isEqualTo(TranslationStatus.REVIEWED);
        }
        // Every chapter holds standards.
        Map<Integer, Long> perChapter = standards.stream()
                .collect(Collectors.groupingBy(standard -> standard.sortKey()[0], Collectors.counting()));
        assertThat(perChapter.keySet()).containsExactlyInAnyOrderElementsOf(
                manual.chapters().stream().map(ManualDocument.Chapter::number).toList());
    }

    static ManualDocument manual(String resource) {
        return CODEC.bind(CODEC.read(IllustrativeManuals.read(resource), ManualFormat.ACREDITA_YAML));
    }

    private static void bilingual(Text text, String where) {
        assertThat(text).as(where).isNotNull();
        assertThat(text.es()).as(where + " es").isNotBlank();
        assertThat(text.en()).as(where + " en").isNotBlank();
    }
}
