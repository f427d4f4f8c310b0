package org.acredita.agencies;

import org.acredita.agencies.internal.SizeClass;
import java.util.List;
import java.util.UUID;

/**
 * What an agency is, as the programme needs to know it: kind, level, place, size, the functions it
 * performs (deciding which standards apply), its chief executive and preferred language.
 */
public record AgencyProfile(UUID agencyId, AgencyKind kind, AgencyKind.CentreType centreType, GovernmentLevel level,
        String stateCode, String municipalityCode, String parentSecretariat, int swornPersonnel,
        int civilianPersonnel, Integer populationServed, List<String> functions, String chiefExecutive,
        String preferredLanguage) {

    public AgencyProfile {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }

    public int personnel() {
        return swornPersonnel + civilianPersonnel;
    }

    public SizeClass sizeClass() {
        return SizeClass.of(personnel());
    }
}
