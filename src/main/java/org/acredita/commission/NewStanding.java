package org.acredita.commission;

import java.time.LocalDate;

/** A later decision on an award to record: suspended, revoked or reinstated, on a date, with the reason. */
public record NewStanding(StandingChange change, LocalDate decidedOn, String reason) {
}
