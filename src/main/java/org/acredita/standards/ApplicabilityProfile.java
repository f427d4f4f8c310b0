package org.acredita.standards;

import java.util.Set;

/**
 * What decides which standards apply to an agency.
 *
 * @param tier the tier the agency seeks (e.g. BASIC), or null when the programme has no tiers
 * @param personnel authorised full-time personnel, or null when unknown (then no size-class level applies)
 * @param functions the agency functions it performs (HOLDING_FACILITY, K9...)
 */
public record ApplicabilityProfile(String tier, Integer personnel, Set<String> functions) {

    public ApplicabilityProfile {
        functions = functions == null ? Set.of() : Set.copyOf(functions);
    }
}
