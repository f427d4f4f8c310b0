package org.acredita.programmes.internal;

import java.util.OptionalInt;
import java.util.UUID;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.agencies.SelfAssessmentTimeLimits;
import org.springframework.stereotype.Component;

/** Gives the lifecycle the time limit of the programme an agency belongs to. */
@Component
class ProgrammeTimeLimits implements SelfAssessmentTimeLimits {

    private final MembershipRepository memberships;

    ProgrammeTimeLimits(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    public OptionalInt monthsFor(UUID agencyId, AccreditationProgramme programme) {
        String column = switch (programme) {
            case LAW_ENFORCEMENT -> "months_law_enforcement";
            case COMMUNICATIONS -> "months_communications";
            case TRAINING_ACADEMY -> "months_training_academy";
            case CAMPUS_SECURITY -> "months_campus_security";
        };
        return memberships.monthsFor(agencyId, column).map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
