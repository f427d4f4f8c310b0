package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A condition of an accreditation with conditions, due by a date, open until the programme manager lifts it with
 * the evidence in their words ({@code liftNote}) and optionally a document of the agency's evidence library.
 */
public record Condition(UUID id, String text, LocalDate dueOn, LocalDate liftedOn, String liftNote,
        UUID evidenceDocumentId, String evidenceTitle) {

    public boolean open() {
        return liftedOn == null;
    }

    /** Open after its due date. */
    public boolean overdueOn(LocalDate today) {
        return open() && today.isAfter(dueOn);
    }
}
