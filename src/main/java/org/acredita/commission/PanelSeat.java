package org.acredita.commission;

import java.util.UUID;

/** A commissioner on the panel that hears one docket item. */
public record PanelSeat(UUID commissionerId, String name) {
}
