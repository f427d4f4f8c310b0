package org.acredita.commission;

import java.util.List;
import java.util.UUID;

/**
 * An agency on a meeting's docket, why it is heard, the released report's assessment it is heard on (null when
 * it is heard on its award), its panel and the decision's outcome once taken (else null).
 */
public record DocketItem(UUID id, UUID meetingId, UUID agencyId, String agencyName, DocketReason reason,
        UUID assessmentId, List<PanelSeat> panel, Outcome decision) {

    public DocketItem {
        panel = List.copyOf(panel);
    }

    public boolean seats(UUID commissionerId) {
        return commissionerId != null && panel.stream().anyMatch(seat -> seat.commissionerId().equals(commissionerId));
    }
}
