package org.acredita.agencies.internal;

import java.time.LocalDate;

/** An accreditation manager's term at an agency; the current one has no end date. */
public record AccreditationManager(long id, String name, String email, LocalDate startedOn, LocalDate endedOn,
        String notes) {

    public boolean current() {
        return endedOn == null;
    }
}
