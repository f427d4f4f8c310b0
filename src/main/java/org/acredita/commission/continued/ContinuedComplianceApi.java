package org.acredita.commission.continued;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.commission.AnnualReportStatus;
import org.acredita.commission.continued.AnnualReport.Changes;
import org.acredita.commission.continued.AnnualReport.LevelCount;
import org.acredita.commission.continued.AnnualReport.Shortfall;
import org.acredita.commission.continued.AnnualReportStore.Explanation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Continued compliance: the annual status reports of an agency's award (prepared by its accreditation manager,
 * signed by its chief executive only, accepted or returned by the accreditation body), the yearly remote file
 * reviews and the reaccreditation's site-based assessment. Another agency's reports are not found (404).
 */
@RestController
@Tag(name = "Continued compliance", description = "Annual status reports, yearly reviews and reaccreditation / "
        + "Informes anuales, revisiones anuales y reacreditación")
class ContinuedComplianceApi {

    record ReportJson(UUID id, UUID awardId, int year, LocalDate anniversary, LocalDate dueOn,
            AnnualReportStatus status, boolean overdue, boolean editable, List<LevelCount> counts,
            List<Shortfall> shortfalls, Changes changes, SignatureJson signature, String returnReason,
            Instant decidedAt) {

        static ReportJson of(AnnualReport r) {
            return new ReportJson(r.id(), r.awardId(), r.year(), r.anniversary(), r.dueOn(), r.status(), r.overdue(),
                    r.editable(), r.counts(), r.shortfalls(), r.changes(), r.signedSha256() == null ? null
                            : new SignatureJson(r.signedBy(), r.signedByName(), r.signedAt(), r.signedSha256()),
                    r.returnReason(), r.decidedAt());
        }
    }

    /** Who signed, when, and the SHA-256 of the text signed. */
    record SignatureJson(UUID signedBy, String signedByName, Instant signedAt, String sha256) {
    }

    record DraftRequest(Changes changes, Map<String, Explanation> explanations) {
    }

    record DecisionRequest(AnnualReportStatus outcome, String reason) {
    }

    record PlanRequest(UUID userId, LocalDate windowStart, LocalDate windowEnd) {
    }

    record AssessmentJson(UUID id, String kind, AssessmentStatus status, LocalDate windowStart, LocalDate windowEnd) {

        static AssessmentJson of(Assessment a) {
            return new AssessmentJson(a.id(), a.kind().name(), a.status(), a.windowStart(), a.windowEnd());
        }
    }

    private final AnnualReports reports;
    private final AnnualReviews reviews;

    ContinuedComplianceApi(AnnualReports reports, AnnualReviews reviews) {
        this.reports = reports;
        this.reviews = reviews;
    }

    @GetMapping("/api/v1/agencies/{id}/annual-reports")
    @Operation(summary = "The annual status reports (years 1–3) of the agency's awards, with due dates and signatures")
    List<ReportJson> list(@PathVariable("id") UUID agencyId) {
        return reports.of(agencyId).stream().map(ReportJson::of).toList();
    }

    @PutMapping("/api/v1/agencies/{id}/annual-reports/{year}")
    @Operation(summary = "The accreditation manager's draft: major changes and, per standard not in compliance, "
            + "reason and corrective action")
    ReportJson draft(@PathVariable("id") UUID agencyId, @PathVariable("year") int year,
            @RequestBody DraftRequest request) {
        return ReportJson.of(reports.saveDraft(agencyId, year, new AnnualReports.Draft(request.changes(),
                request.explanations())));
    }

    @PostMapping("/api/v1/agencies/{id}/annual-reports/{year}/signature")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The chief executive signs the year's report (recorded with time and SHA-256); "
            + "403 for anyone else")
    ReportJson sign(@PathVariable("id") UUID agencyId, @PathVariable("year") int year) {
        return ReportJson.of(reports.sign(agencyId, year));
    }

    @PostMapping("/api/v1/agencies/{id}/annual-reports/{year}/decision")
    @Operation(summary = "The accreditation body accepts a signed report (ACCEPTED) or returns it with a reason "
            + "(RETURNED)")
    ReportJson decide(@PathVariable("id") UUID agencyId, @PathVariable("year") int year,
            @RequestBody DecisionRequest request) {
        if (request.outcome() == AnnualReportStatus.ACCEPTED) {
            return ReportJson.of(reports.accept(agencyId, year));
        }
        if (request.outcome() == AnnualReportStatus.RETURNED) {
            return ReportJson.of(reports.giveBack(agencyId, year, request.reason()));
        }
        throw RuleViolation.onField("outcome", "commission.annual.outcomeRequired");
    }

    @PostMapping("/api/v1/agencies/{id}/annual-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plans the award year's remote file review on the standards not yet reviewed in this award")
    AssessmentJson planReview(@PathVariable("id") UUID agencyId, @RequestBody PlanRequest request) {
        return AssessmentJson.of(reviews.planYearlyReview(agencyId, request.userId(), request.windowStart(),
                request.windowEnd()));
    }

    @PostMapping("/api/v1/agencies/{id}/reaccreditation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedules the year-four site-based assessment before the award expires (userId: team leader)")
    AssessmentJson reaccreditation(@PathVariable("id") UUID agencyId, @RequestBody PlanRequest request) {
        return AssessmentJson.of(reviews.scheduleReaccreditation(agencyId, request.userId(), request.windowStart(),
                request.windowEnd()));
    }
}
