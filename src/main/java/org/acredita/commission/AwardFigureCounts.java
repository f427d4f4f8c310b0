package org.acredita.commission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * Counts {@link AwardFigures} over a set of agencies in one statement; implemented beside the annual reports, whose
 * due-date rule the overdue count needs. Read through {@link CommissionRecords#figures}.
 */
public interface AwardFigureCounts {

    AwardFigures on(Collection<UUID> agencyIds, LocalDate today);
}
