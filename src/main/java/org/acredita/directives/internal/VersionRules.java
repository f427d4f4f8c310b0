package org.acredita.directives.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.acredita.access.RuleViolation;

/**
 * The life of a version: approval before effect, effect from a date not before approval, and a version
 * taking effect supersedes the one in effect on that date. Pure, so the rules are tested without a database.
 */
public final class VersionRules {

    /** The versions as they are after one takes effect; {@code superseded} is absent for a first version. */
    public record Effect(DirectiveVersion inEffect, Optional<DirectiveVersion> superseded) {
    }

    private VersionRules() {
    }

    public static DirectiveVersion started(DirectiveVersion version) {
        String label = Texts.clean(version.label());
        if (label == null || label.length() > 40) {
            throw RuleViolation.onField("label", "directives.version.label.invalid");
        }
        String summary = Texts.clean(version.changeSummary());
        if (summary != null && summary.length() > 4000) {
            throw RuleViolation.onField("changeSummary", "directives.version.summary.tooLong");
        }
        String body = Texts.clean(version.body());
        if (body != null && body.length() > 100_000) {
            throw RuleViolation.onField("body", "directives.version.body.tooLong");
        }
        return new DirectiveVersion(version.id(), version.agencyId(), version.directiveId(), label,
                VersionStatus.DRAFT, null, null, null, null, null, body, summary);
    }

    public static DirectiveVersion approved(DirectiveVersion version, String approvedBy, LocalDate approvedOn) {
        if (version.status() != VersionStatus.DRAFT) {
            throw new RuleViolation("directives.version.approve.notDraft");
        }
        String signatory = Texts.clean(approvedBy);
        if (signatory == null || signatory.length() > 200) {
            throw RuleViolation.onField("approvedBy", "directives.version.approvedBy.required");
        }
        if (approvedOn == null) {
            throw RuleViolation.onField("approvedOn", "directives.version.approvedOn.required");
        }
        return new DirectiveVersion(version.id(), version.agencyId(), version.directiveId(), version.label(),
                VersionStatus.APPROVED, signatory, approvedOn, null, null, null, version.body(),
                version.changeSummary());
    }

    /** Puts an approved version in effect; the one in effect until then, if any, is superseded that day. */
    public static Effect takingEffect(DirectiveVersion version, LocalDate effectiveDate, Optional<DirectiveVersion> current) {
        if (version.status() != VersionStatus.APPROVED) {
            throw new RuleViolation("directives.version.effect.notApproved");
        }
        if (effectiveDate == null) {
            throw RuleViolation.onField("effectiveDate", "directives.version.effectiveDate.required");
        }
        if (effectiveDate.isBefore(version.approvedOn())) {
            throw RuleViolation.onField("effectiveDate", "directives.version.effectiveDate.beforeApproval",
                    version.approvedOn().toString());
        }
        DirectiveVersion inEffect = new DirectiveVersion(version.id(), version.agencyId(), version.directiveId(),
                version.label(), VersionStatus.IN_EFFECT, version.approvedBy(), version.approvedOn(), effectiveDate,
                null, null, version.body(), version.changeSummary());
        Optional<DirectiveVersion> superseded = current.filter(old -> !old.id().equals(version.id())).map(old -> {
            if (effectiveDate.isBefore(old.effectiveDate())) {
                throw RuleViolation.onField("effectiveDate", "directives.version.effectiveDate.beforeCurrent",
                        old.label(), old.effectiveDate().toString());
            }
            return new DirectiveVersion(old.id(), old.agencyId(), old.directiveId(), old.label(),
                    VersionStatus.SUPERSEDED, old.approvedBy(), old.approvedOn(), old.effectiveDate(), effectiveDate,
                    version.id(), old.body(), old.changeSummary());
        });
        return new Effect(inEffect, superseded);
    }
}
