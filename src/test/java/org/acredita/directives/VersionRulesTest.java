package org.acredita.directives;

import org.acredita.directives.internal.DirectiveCoverage;
import org.acredita.directives.internal.DirectiveVersion;
import org.acredita.directives.internal.ElementCoverage;
import org.acredita.directives.internal.SectionRef;
import org.acredita.directives.internal.StandardCoverage;
import org.acredita.directives.internal.VersionRules;
import org.acredita.directives.internal.VersionStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.access.RuleViolation;
import org.junit.jupiter.api.Test;

/** The life of a directive version, and what coverage counts, without a database. */
class VersionRulesTest {

    private static final UUID AGENCY = UUID.randomUUID();
    private static final UUID DIRECTIVE = UUID.randomUUID();

    private static DirectiveVersion draft(String label) {
        return VersionRules.started(new DirectiveVersion(UUID.randomUUID(), AGENCY, DIRECTIVE, " " + label + " ",
                VersionStatus.APPROVED, "ignored", LocalDate.MIN, null, null, null, "  ", null));
    }

    private static String key(Runnable work) {
        try {
            work.run();
        } catch (RuleViolation violation) {
            return violation.messageKey();
        }
        throw new AssertionError("no rule violated");
    }

    @Test
    void aStartedVersionIsAlwaysADraftWithItsLabelTrimmed() {
        DirectiveVersion version = draft("2025");
        assertThat(version.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(version.label()).isEqualTo("2025");
        assertThat(version.approvedBy()).isNull();
        assertThat(version.body()).isNull();
        assertThat(key(() -> draft(""))).isEqualTo("directives.version.label.invalid");
    }

    @Test
    void approvalNeedsASignatoryAndADateAndOnlyADraftIsApproved() {
        DirectiveVersion version = draft("1");
        assertThat(key(() -> VersionRules.approved(version, " ", LocalDate.of(2026, 1, 5))))
                .isEqualTo("directives.version.approvedBy.required");
        assertThat(key(() -> VersionRules.approved(version, "Titular", null)))
                .isEqualTo("directives.version.approvedOn.required");
        DirectiveVersion approved = VersionRules.approved(version, "Titular", LocalDate.of(2026, 1, 5));
        assertThat(approved.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(key(() -> VersionRules.approved(approved, "Otra", LocalDate.of(2026, 1, 6))))
                .isEqualTo("directives.version.approve.notDraft");
    }

    @Test
    void aVersionTakesEffectOnlyAfterApprovalAndNotBeforeItsApprovalDate() {
        DirectiveVersion version = draft("1");
        assertThat(key(() -> VersionRules.takingEffect(version, LocalDate.of(2026, 2, 1), Optional.empty())))
                .isEqualTo("directives.version.effect.notApproved");
        DirectiveVersion approved = VersionRules.approved(version, "Titular", LocalDate.of(2026, 1, 5));
        assertThat(key(() -> VersionRules.takingEffect(approved, LocalDate.of(2026, 1, 4), Optional.empty())))
                .isEqualTo("directives.version.effectiveDate.beforeApproval");
        assertThat(key(() -> VersionRules.takingEffect(approved, null, Optional.empty())))
                .isEqualTo("directives.version.effectiveDate.required");
        VersionRules.Effect effect = VersionRules.takingEffect(approved, LocalDate.of(2026, 1, 5), Optional.empty());
        assertThat(effect.inEffect().status()).isEqualTo(VersionStatus.IN_EFFECT);
        assertThat(effect.superseded()).isEmpty();
    }

    @Test
    void aNewVersionInEffectSupersedesThePreviousOneOnItsEffectiveDate() {
        DirectiveVersion old = VersionRules.takingEffect(VersionRules.approved(draft("2023"), "Titular",
                LocalDate.of(2023, 1, 1)), LocalDate.of(2023, 2, 1), Optional.empty()).inEffect();
        DirectiveVersion next = VersionRules.approved(draft("2025"), "Titular", LocalDate.of(2025, 3, 1));

        assertThat(key(() -> VersionRules.takingEffect(VersionRules.approved(draft("x"), "T", LocalDate.of(2022, 1, 1)),
                LocalDate.of(2023, 1, 15), Optional.of(old)))).isEqualTo("directives.version.effectiveDate.beforeCurrent");

        VersionRules.Effect effect = VersionRules.takingEffect(next, LocalDate.of(2025, 4, 1), Optional.of(old));
        assertThat(effect.inEffect().status()).isEqualTo(VersionStatus.IN_EFFECT);
        DirectiveVersion superseded = effect.superseded().orElseThrow();
        assertThat(superseded.id()).isEqualTo(old.id());
        assertThat(superseded.status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(superseded.supersededOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(superseded.supersededBy()).isEqualTo(next.id());
        assertThat(superseded.effectiveDate()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(superseded.editable()).isFalse();
    }

    @Test
    void aStandardIsCoveredWhenEveryElementHasASection() {
        SectionRef ref = new SectionRef(UUID.randomUUID(), "OG-1", "Orden", UUID.randomUUID(), "1", "Uno");
        StandardCoverage partial = new StandardCoverage("4.2.2", List.of(new ElementCoverage("a", List.of(ref)),
                new ElementCoverage("b", List.of())));
        assertThat(partial.coveredElements()).isEqualTo(1);
        assertThat(partial.partlyCovered()).isTrue();
        assertThat(partial.fullyCovered()).isFalse();
        StandardCoverage whole = new StandardCoverage("4.1.1", List.of(new ElementCoverage(null, List.of(ref))));
        assertThat(whole.fullyCovered()).isTrue();
        DirectiveCoverage.Totals totals = DirectiveCoverage.Totals.of(java.util.Map.of("4.2.2", partial, "4.1.1", whole));
        assertThat(totals.covered()).isEqualTo(2);
        assertThat(totals.elements()).isEqualTo(3);
        assertThat(totals.percent()).isEqualTo(67);
    }
}
