package org.acredita.commission.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acredita.access.CurrentScope;
import org.acredita.agencies.AgencyMilestones;
import org.acredita.commission.Appearance;
import org.acredita.commission.Award;
import org.acredita.commission.Awards;
import org.acredita.commission.CommissionRecords;
import org.acredita.commission.Condition;
import org.acredita.commission.MeetingStatus;
import org.acredita.commission.StandingEvent;
import org.springframework.stereotype.Component;

/**
 * The Commission's steps on the agency's timeline: hearings (held, or planned with their date), decisions, awards
 * granted, conditions lifted and the later decisions on an award (suspended, revoked, reinstated, lapsed).
 */
@Component
class CommissionMilestones implements AgencyMilestones {

    private final CommissionRecords records;
    private final Awards awards;

    CommissionMilestones(CommissionRecords records, Awards awards) {
        this.records = records;
        this.awards = awards;
    }

    @Override
    public List<Milestone> of(UUID agencyId) {
        if (!CurrentScope.get().canRead(agencyId)) {
            return List.of();
        }
        String href = "/agencies/" + agencyId + "/commission";
        List<Milestone> steps = new ArrayList<>();
        for (Appearance appearance : records.appearances(agencyId)) {
            boolean held = appearance.meetingStatus() == MeetingStatus.HELD
                    || appearance.meetingStatus() == MeetingStatus.MINUTES_APPROVED;
            steps.add(new Milestone(appearance.meetsOn(), held ? "commission.milestone.hearing"
                    : "commission.milestone.hearingPlanned", null, href));
            if (appearance.outcome() != null) {
                steps.add(new Milestone(appearance.decidedOn(),
                        "commission.milestone.decision." + appearance.outcome().name(), null, href));
            }
        }
        for (Award award : awards.of(agencyId)) {
            steps.add(award.certificateNumber() == null
                    ? new Milestone(award.awardedOn(), "commission.milestone.awarded", null, href)
                    : new Milestone(award.awardedOn(), "commission.milestone.awardedCertificate",
                            award.certificateNumber(), href));
            for (Condition condition : award.conditions()) {
                if (!condition.open()) {
                    steps.add(new Milestone(condition.liftedOn(), "commission.milestone.conditionLifted",
                            condition.text(), href));
                }
            }
            for (StandingEvent event : award.standing()) {
                steps.add(event.reason() == null
                        ? new Milestone(event.decidedOn(), "commission.milestone.standing." + event.change().name(),
                                null, href)
                        : new Milestone(event.decidedOn(), "commission.milestone.standingWhy." + event.change().name(),
                                event.reason(), href));
            }
        }
        return steps;
    }
}
