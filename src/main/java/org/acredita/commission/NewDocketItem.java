package org.acredita.commission;

import java.util.UUID;

/** An agency to put on a meeting's docket and why it is heard. */
public record NewDocketItem(UUID agencyId, DocketReason reason) {
}
