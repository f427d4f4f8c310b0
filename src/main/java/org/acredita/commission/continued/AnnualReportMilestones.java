package org.acredita.commission.continued;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acredita.access.CurrentScope;
import org.acredita.agencies.AgencyMilestones;
import org.acredita.commission.AnnualReportStatus;
import org.acredita.identity.AgencyGate;
import org.springframework.stereotype.Component;

/**
 * Annual status reports on the agency's timeline: signed by the chief executive, then accepted or returned by the
 * accreditation body, each on the day it happened in the agency's time zone.
 */
@Component
class AnnualReportMilestones implements AgencyMilestones {

    private final AnnualReportStore store;
    private final AgencyGate gate;

    AnnualReportMilestones(AnnualReportStore store, AgencyGate gate) {
        this.store = store;
        this.gate = gate;
    }

    @Override
    public List<Milestone> of(UUID agencyId) {
        if (!CurrentScope.get().canRead(agencyId)) {
            return List.of();
        }
        ZoneId zone = gate.readable(agencyId).timeZone();
        String href = "/agencies/" + agencyId + "/annual-reports";
        List<Milestone> steps = new ArrayList<>();
        for (AnnualReportStore.Row report : store.ofAgency(agencyId)) {
            if (report.signedAt() != null) {
                steps.add(new Milestone(day(report.signedAt(), zone), "commission.milestone.annualSigned",
                        report.year(), href));
            }
            // A returned report signed again is SIGNED or a draft once more: its return is no longer told apart.
            if (report.decidedAt() != null && (report.status() == AnnualReportStatus.ACCEPTED
                    || report.status() == AnnualReportStatus.RETURNED)) {
                steps.add(new Milestone(day(report.decidedAt(), zone), "commission.milestone.annual."
                        + report.status().name(), report.year(), href));
            }
        }
        return steps;
    }

    private static java.time.LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }
}
