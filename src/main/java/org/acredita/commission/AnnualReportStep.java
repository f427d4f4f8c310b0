package org.acredita.commission;

import java.util.UUID;

/**
 * Published in the step's transaction when an annual status report is signed (told to the accreditation body's
 * programme managers), accepted or returned (told to the agency's accreditation managers).
 *
 * @param reason why it was returned, else null
 */
public record AnnualReportStep(UUID agencyId, String agencyName, int year, AnnualReportStatus status, UUID actorId,
        String reason) {
}
