package org.acredita.commission.continued;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.agencies.AgencyAttention;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.commission.AnnualReportDue;
import org.acredita.commission.AnnualReportDues;
import org.springframework.stereotype.Component;

/**
 * Annual status reports due within {@value #DUE_SOON_DAYS} days and overdue, and this award's yearly reviews not
 * closed, on the agency's page; overdue reports counted across a programme's agencies for its dashboard (through
 * {@code CommissionRecords.figures}); the unsigned reports the reminder sweep reads, and the signed ones waiting
 * for the accreditation body's decision.
 */
@Component
class ContinuedComplianceAttention implements AgencyAttention, AnnualReportDues {

    static final int DUE_SOON_DAYS = 30;

    private final AnnualReportStore store;
    private final AnnualReviews reviews;

    ContinuedComplianceAttention(AnnualReportStore store, AnnualReviews reviews) {
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
    public long overdueOn(Collection<UUID> agencyIds, LocalDate today) {
        return store.overdueCounts(agencyIds, today).values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public List<AnnualReportDue> signedAwaitingDecision() {
        AccessScope scope = CurrentScope.get();
        return store.signedAwaiting().stream().filter(d -> scope.canRead(d.agencyId())).toList();
    }

    @Override
    public List<AnnualReportDue> unsignedDueBetween(LocalDate from, LocalDate to) {
        return store.unsignedDue(from, to);
    }
}
