package org.acredita.agencies;

import java.time.LocalDate;

/** A request to move an agency to another phase, with what some phases need to be recorded. */
public record TransitionRequest(Phase to, String reason, LocalDate agreementDate, LocalDate hearingDate,
        LocalDate awardDate) {

    public static TransitionRequest to(Phase phase, String reason) {
        return new TransitionRequest(phase, reason, null, null, null);
    }
}
