package org.acredita.commission.continued;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.agencies.AgencyAttention;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.commission.AnnualReportDue;
import org.acredita.commission.AnnualReportDues;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.springframework.stereotype.Component;

/**
 * Annual status reports due within {@value #DUE_SOON_DAYS} days and overdue, and this award's yearly reviews not
 * closed, on the agency's page; the unsigned reports the reminder sweep reads, and the signed ones waiting for the
 * accreditation body's decision. (A programme's dashboard counts overdue reports through {@link AwardFigureQuery}.)
 */
@Component
class ContinuedComplianceAttention implements AgencyAttention, AnnualReportDues {

    static final int DUE_SOON_DAYS = 30;

    private final AnnualReportStore store;
    private final AnnualReviews reviews;
    private final Organisations organisations;

    ContinuedComplianceAttention(AnnualReportStore store, AnnualReviews reviews, Organisations organisations) {
        this.organisations = organisations;
        this.store = store;
        this.reviews = reviews;
    }

    @Override
    public List<Notice> at(UUID agencyId, LocalDate today) {
        String href = "/agencies/" + agencyId + "/annual-reports";
        List<Notice> notices = new ArrayList<>();
        long overdue = store.overdueCounts(List.of(agencyId), today).getOrDefault(agencyId, 0L);
        if (overdue > 0) {
            notices.add(new Notice("commission.annual.attention.overdue", overdue, href));
        }
        // Unsigned reports whose preparation has opened: due within 30 days, or later (in preparation).
        List<AnnualReportDue> open = store.unsignedDue(today, today.plusDays(
                AnnualReportSchedule.OPENS_DAYS_BEFORE + AnnualReportSchedule.DAYS_AFTER_ANNIVERSARY)).stream()
                .filter(d -> d.agencyId().equals(agencyId)).toList();
        long soon = open.stream().filter(d -> !d.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS))).count();
        if (soon > 0) {
            notices.add(new Notice("commission.annual.attention.dueSoon", soon, href));
        }
        if (open.size() > soon) {
            notices.add(new Notice("commission.annual.attention.open", open.size() - soon, href));
        }
        long openReviews = reviews.reviews(agencyId).stream().filter(a -> a.status() != AssessmentStatus.CLOSED).count();
        if (openReviews > 0) {
            notices.add(new Notice("commission.review.attention.open", openReviews, href));
        }
        return notices;
    }

    @Override
    public List<AnnualReportDue> signedAwaitingDecision() {
        AccessScope scope = CurrentScope.get();
        return named(store.signedAwaiting().stream().filter(d -> scope.canRead(d.agencyId())).toList());
    }

    @Override
    public List<AnnualReportDue> unsignedDueBetween(LocalDate from, LocalDate to) {
        return named(store.unsignedDue(from, to));
    }

    /** The agencies' names from identity, which owns them (one query, none when there is nothing to name). */
    private List<AnnualReportDue> named(List<AnnualReportDue> dues) {
        if (dues.isEmpty()) {
            return dues;
        }
        Map<UUID, String> names = organisations.visible().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        return dues.stream().map(d -> new AnnualReportDue(d.agencyId(), names.getOrDefault(d.agencyId(), ""),
                d.awardId(), d.year(), d.dueOn())).toList();
    }
}
