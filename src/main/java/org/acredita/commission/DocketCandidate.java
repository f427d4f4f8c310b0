package org.acredita.commission;

import java.util.UUID;

/** An agency whose assessment report is released, which may be put on a docket to be heard on it. */
public record DocketCandidate(UUID agencyId, String agencyName, UUID assessmentId) {
}
