package org.acredita.standards;

import org.acredita.standards.internal.ManualFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.standards.format.ManualCodec;
import org.acredita.standards.format.ManualDocument;
import org.junit.jupiter.api.Test;

/** Which standards of the test manual apply to an agency profile, at which level, and why. */
class StandardApplicabilityTest {

    private static final ManualDocument MANUAL = manual();
    private static final ApplicabilityRules RULES = new ApplicabilityRules(MANUAL.sizeClasses());

    @Test
    void aStandardForEveryAgencySaysSo() {
        Applicability mission = evaluate(new ApplicabilityProfile(null, null, Set.of())).get("1.1.1");

        assertThat(mission.applies()).isTrue();
        assertThat(mission.level()).isEqualTo(Level.MANDATORY);
        assertThat(mission.reasons()).containsExactly(Applicability.Reason.of("standards.applicability.always"));
    }

    @Test
    void aStandardOutsideTheAgencysTierDoesNotApply() {
        Map<String, Applicability> basic = evaluate(new ApplicabilityProfile("BASIC", 300, Set.of("HOLDING_FACILITY")));

        assertThat(basic.values().stream().filter(Applicability::applies).map(Applicability::number))
                .containsExactly("1.1.1", "1.2.1", "2.1.1", "2.2.1");
        assertThat(basic.get("1.1.2").reasons())
                .contains(Applicability.Reason.of("standards.applicability.tier.out", "BASIC"));
    }

    @Test
    void aStandardApplyingToAFunctionTheAgencyDoesNotPerformDoesNotApply() {
        Map<String, Applicability> withoutHolding = evaluate(new ApplicabilityProfile("ADVANCED", 300, Set.of("K9")));

        assertThat(withoutHolding.get("2.1.1").applies()).isFalse();
        assertThat(withoutHolding.get("2.1.1").reasons()).containsExactly(
                Applicability.Reason.of("standards.applicability.tier.in", "ADVANCED"),
                Applicability.Reason.of("standards.applicability.function.missing", "HOLDING_FACILITY"));
        assertThat(withoutHolding.get("2.2.2").applies()).isFalse();
        assertThat(evaluate(new ApplicabilityProfile("ADVANCED", 300, Set.of("K9", "TACTICAL_TEAM"))).get("2.2.2").applies())
                .isTrue();
    }

    @Test
    void theLevelFollowsTheAgencysSizeClass() {
        assertThat(evaluate(new ApplicabilityProfile(null, 10, Set.of())).get("1.2.9").level()).isEqualTo(Level.OTHER);
        assertThat(evaluate(new ApplicabilityProfile(null, 25, Set.of())).get("1.2.9").level()).isEqualTo(Level.MANDATORY);
        Applicability large = evaluate(new ApplicabilityProfile(null, 1500, Set.of())).get("1.1.2");
        assertThat(large.level()).isEqualTo(Level.MANDATORY);
        assertThat(large.reasons())
                .containsExactly(Applicability.Reason.of("standards.applicability.level.mandatory", "D"));
        assertThat(evaluate(new ApplicabilityProfile(null, null, Set.of())).get("1.1.2").level()).isEqualTo(Level.OTHER);
    }

    @Test
    void everyReasonHasAMessageInBothLanguages() throws IOException {
        List<Applicability.Reason> reasons = List.of(
                evaluate(new ApplicabilityProfile("BASIC", 10, Set.of())).values(),
                evaluate(new ApplicabilityProfile("ADVANCED", 2000, Set.of("HOLDING_FACILITY"))).values()).stream()
                .flatMap(results -> results.stream()).flatMap(result -> result.reasons().stream()).toList();
        for (String language : List.of("es", "en")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/standards/messages_" + language + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(reasons).allSatisfy(reason -> assertThat(bundle).containsKey(reason.messageKey()));
        }
    }

    private static Map<String, Applicability> evaluate(ApplicabilityProfile profile) {
        return MANUAL.standards().stream().map(standard -> RULES.evaluate(standard, profile))
                .collect(Collectors.toMap(Applicability::number, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static ManualDocument manual() {
        ManualCodec codec = new ManualCodec();
        try (InputStream in = StandardApplicabilityTest.class.getResourceAsStream("/standards/test-manual.json")) {
            return codec.bind(codec.read(in.readAllBytes(), ManualFormat.ACREDITA_JSON));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
