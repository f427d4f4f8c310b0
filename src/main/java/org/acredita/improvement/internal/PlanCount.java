package org.acredita.improvement.internal;

import java.util.UUID;

/** An agency's open (not done or cancelled) and overdue action items. */
public record PlanCount(UUID agencyId, String agencyName, int open, int overdue) {
}
