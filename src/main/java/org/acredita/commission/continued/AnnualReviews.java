package org.acredita.commission.continued;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.Enrolment;
import org.acredita.agencies.Phase;
import org.acredita.agencies.TransitionRequest;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.NewAssessment;
import org.acredita.assessments.ScopeMode;
import org.acredita.assessments.TeamRole;
import org.acredita.commission.Award;
import org.acredita.commission.CommissionRefusal;
import org.acredita.commission.AwardStatus;
import org.acredita.commission.Awards;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileStandard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accreditation body's work through an award's four years, planned through {@link Assessments}: each year's
 * remote file review samples the standards not yet reviewed in this award ({@link ReviewSampling}), and ahead of
 * expiry the year-four site-based assessment of the reaccreditation, on the same accreditation file (its proofs go on
 * by cycle year, and the file can move to a newer edition through its crosswalk as before).
 */
@Service
public class AnnualReviews {

    private static final Role[] BODY = {Role.ADMIN, Role.PROGRAMME_MANAGER};

    private final Awards awards;
    private final Assessments assessments;
    private final AccreditationFiles files;
    private final AgencyLifecycle lifecycle;
    private final AgencyGate gate;

    AnnualReviews(Awards awards, Assessments assessments, AccreditationFiles files, AgencyLifecycle lifecycle,
            AgencyGate gate) {
        this.awards = awards;
        this.assessments = assessments;
        this.files = files;
        this.lifecycle = lifecycle;
        this.gate = gate;
    }

    /**
     * Plans the remote file review of the award's year its window starts in (1–4): its scope is the year's share of
     * the applicable standards not yet in the scope of this award's reviews, picked by number.
     */
    @Transactional
    public Assessment planYearlyReview(UUID agencyId, UUID reviewerId, LocalDate windowStart, LocalDate windowEnd) {
        Organisation agency = gate.writable(agencyId, BODY);
        Award award = activeAward(agency);
        if (windowStart == null) {
            throw RuleViolation.onField("windowStart", "assessments.window.startRequired");
        }
        int year = AnnualReportSchedule.awardYear(award.awardedOn(), windowStart);
        if (year < 1 || year > ReviewSampling.REVIEW_YEARS) {
            throw RuleViolation.onField("windowStart", "commission.review.outsideAward", award.awardedOn(),
                    award.expiresOn());
        }
        AccreditationFile file = file(agency, award);
        List<String> applicable = files.contents(file.id()).standards().stream().filter(s -> !s.retired())
                .map(FileStandard::number).toList();
        List<String> picked = ReviewSampling.sample(applicable, coveredSince(agency, award), year);
        if (picked.isEmpty()) {
            throw new CommissionRefusal("commission.review.allCovered");
        }
        return assessments.plan(agency.id(), new NewAssessment(file.id(), AssessmentKind.REMOTE_FILE_REVIEW,
                windowStart, windowEnd, ScopeMode.PICKED, null, null, picked,
                List.of(new NewAssessment.TeamChoice(reviewerId, TeamRole.ASSESSOR, List.of()))));
    }

    /**
     * Schedules the reaccreditation: the year-four site-based assessment of every applicable standard, its window
     * ending before the award expires, and the agency enters the year-four assessment phase (through continued
     * compliance if it is not there yet) — each step one the lifecycle allows, else nothing is written (409).
     */
    @Transactional
    public Assessment scheduleReaccreditation(UUID agencyId, UUID teamLeaderId, LocalDate windowStart,
            LocalDate windowEnd) {
        Organisation agency = gate.writable(agencyId, BODY);
        Award award = activeAward(agency);
        if (windowStart == null || windowEnd == null) {
            throw RuleViolation.onField(windowStart == null ? "windowStart" : "windowEnd",
                    windowStart == null ? "assessments.window.startRequired" : "assessments.window.endRequired");
        }
        if (AnnualReportSchedule.awardYear(award.awardedOn(), windowStart) != ReviewSampling.REVIEW_YEARS
                || !windowEnd.isBefore(award.expiresOn())) {
            throw RuleViolation.onField("windowStart", "commission.reaccreditation.window",
                    award.awardedOn().plusYears(ReviewSampling.REVIEW_YEARS - 1), award.expiresOn());
        }
        Enrolment enrolment = lifecycle.enrolments(agency.id()).stream()
                .filter(e -> e.programme() == award.programme() && !e.phase().isFinal()).findFirst()
                .orElseThrow(NotFoundException::new);
        List<Phase> steps = new ArrayList<>();
        if (enrolment.phase() == Phase.ACCREDITED || enrolment.phase() == Phase.ACCREDITED_WITH_CONDITIONS
                || enrolment.phase() == Phase.REACCREDITED) {
            steps.add(Phase.CONTINUED_COMPLIANCE);
        }
        steps.add(Phase.YEAR_FOUR_ASSESSMENT);
        Enrolment current = enrolment;
        for (Phase step : steps) {
            if (!lifecycle.nextFor(current).contains(step)) {
                throw new CommissionRefusal("commission.reaccreditation.lifecycleRefused");
            }
            current = lifecycle.transition(agency.id(), award.programme(), TransitionRequest.to(step, null));
        }
        return assessments.plan(agency.id(), new NewAssessment(file(agency, award).id(),
                AssessmentKind.SITE_BASED_ASSESSMENT, windowStart, windowEnd, ScopeMode.ALL, null, null, List.of(),
                List.of(new NewAssessment.TeamChoice(teamLeaderId, TeamRole.TEAM_LEADER, List.of()))));
    }

    /** This award's remote file reviews (not the mock or site-based ones) the caller may know of, newest first. */
    @Transactional(readOnly = true)
    public List<Assessment> reviews(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        return awards.of(agency.id()).stream().filter(a -> a.status() == AwardStatus.ACTIVE).findFirst()
                .map(award -> assessments.ofAgency(agency.id()).stream()
                        .filter(a -> a.kind() == AssessmentKind.REMOTE_FILE_REVIEW
                                && !a.windowStart().isBefore(award.awardedOn()))
                        .toList())
                .orElse(List.of());
    }

    public boolean mayPlan(UUID agencyId) {
        return gate.mayWrite(agencyId, BODY);
    }

    /** Standards in the scope of any assessment of the file planned in this award (planned ones will be reviewed). */
    private Set<String> coveredSince(Organisation agency, Award award) {
        Set<String> covered = new HashSet<>();
        for (Assessment assessment : assessments.ofAgency(agency.id())) {
            if (assessment.kind() != AssessmentKind.MOCK_ASSESSMENT
                    && !assessment.windowStart().isBefore(award.awardedOn())) {
                covered.addAll(assessments.scope(assessment.id()).keySet());
            }
        }
        return covered;
    }

    private Award activeAward(Organisation agency) {
        return awards.of(agency.id()).stream().filter(a -> a.status() == AwardStatus.ACTIVE).findFirst()
                .orElseThrow(() -> new CommissionRefusal("commission.review.noAward"));
    }

    private AccreditationFile file(Organisation agency, Award award) {
        return files.of(agency).stream().filter(f -> f.programme() == award.programme()).findFirst()
                .orElseThrow(() -> new CommissionRefusal("commission.review.noFile"));
    }
}
