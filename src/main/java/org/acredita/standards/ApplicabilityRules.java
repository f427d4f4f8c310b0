package org.acredita.standards;

import org.acredita.standards.internal.Standard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.format.ManualDocument.SizeClass;

/**
 * Decides whether a standard applies to an agency profile: it must be in the agency's tier (a standard
 * without tiers is in every tier) and the agency must perform every function it depends on; its level
 * is the one for the agency's size class when the manual sets one, else the standard's own.
 */
final class ApplicabilityRules {

    private final List<SizeClass> sizeClasses;

    ApplicabilityRules(List<SizeClass> sizeClasses) {
        this.sizeClasses = List.copyOf(sizeClasses);
    }

    Applicability evaluate(ManualDocument.Standard standard, ApplicabilityProfile profile) {
        List<Applicability.Reason> reasons = new ArrayList<>();
        boolean applies = true;
        if (profile.tier() != null && !standard.tiers().isEmpty()) {
            if (standard.tiers().contains(profile.tier())) {
                reasons.add(Applicability.Reason.of("standards.applicability.tier.in", profile.tier()));
            } else {
                applies = false;
                reasons.add(Applicability.Reason.of("standards.applicability.tier.out", profile.tier()));
            }
        }
        for (String function : standard.functions()) {
            if (profile.functions().contains(function)) {
                reasons.add(Applicability.Reason.of("standards.applicability.function.performed", function));
            } else {
                applies = false;
                reasons.add(Applicability.Reason.of("standards.applicability.function.missing", function));
            }
        }
        Level level = standard.level();
        Optional<SizeClass> sizeClass = sizeClassOf(profile.personnel());
        if (sizeClass.isPresent() && standard.levelBySizeClass().containsKey(sizeClass.get().code())) {
            level = standard.levelBySizeClass().get(sizeClass.get().code());
            reasons.add(Applicability.Reason.of(level == Level.MANDATORY ? "standards.applicability.level.mandatory"
                    : "standards.applicability.level.other", sizeClass.get().code()));
        }
        if (applies && reasons.isEmpty()) {
            reasons.add(Applicability.Reason.of("standards.applicability.always"));
        }
        return new Applicability(standard.number(), applies, level, reasons);
    }

    private Optional<SizeClass> sizeClassOf(Integer personnel) {
        if (personnel == null) {
            return Optional.empty();
        }
        return sizeClasses.stream().filter(sizeClass -> personnel >= sizeClass.minPersonnel()
                && (sizeClass.maxPersonnel() == null || personnel <= sizeClass.maxPersonnel())).findFirst();
    }
}
