package org.acredita.commission.continued;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.acredita.commission.AwardFigureCounts;
import org.acredita.commission.AwardFigures;
import org.springframework.stereotype.Component;

/** The Commission's figures of a programme's dashboard, awards, conditions and overdue reports in one statement. */
@Component
class AwardFigureQuery implements AwardFigureCounts {

    private final AnnualReportStore store;

    AwardFigureQuery(AnnualReportStore store) {
        this.store = store;
    }

    @Override
    public AwardFigures on(Collection<UUID> agencyIds, LocalDate today) {
        return agencyIds.isEmpty() ? AwardFigures.NONE
                : store.figures(agencyIds, today, today.plusMonths(AwardFigures.EXPIRY_MONTHS));
    }
}
