package org.acredita.commission;

/**
 * Where an annual status report stands: not started (no row yet), a draft the accreditation manager edits, signed by
 * the chief executive and waiting for the accreditation body, accepted, or returned with a reason (a draft again).
 */
public enum AnnualReportStatus {
    NOT_STARTED, DRAFT, SIGNED, ACCEPTED, RETURNED;

    /** The agency has handed it in (signed): no longer overdue, no longer editable. */
    public boolean submitted() {
        return this == SIGNED || this == ACCEPTED;
    }
}
