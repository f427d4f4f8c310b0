package org.acredita.readiness;

import org.acredita.readiness.internal.Answer;
import org.acredita.readiness.internal.Assessment;
import org.acredita.readiness.internal.AssessmentDraft;
import org.acredita.readiness.internal.AssessmentState;
import org.acredita.readiness.internal.Instrument;
import org.acredita.readiness.internal.Question;
import org.acredita.readiness.internal.ReadinessInstruments;
import org.acredita.readiness.internal.Scorecard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.CurrentUser;
import org.acredita.identity.Organisation;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.SignedInUser;
import org.acredita.programmes.Member;
import org.acredita.programmes.Programmes;
import org.acredita.readiness.internal.AssessmentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readiness assessments of agencies. Advisors and regional managers run them for their assigned
 * agencies, as do administrators and the programme manager; everyone who may read the agency reads
 * them (its own people, the funder, commissioners). Agency staff do not run them: the assessment is
 * the advisors' outside view of how far the agency is from the standards.
 *
 * <p>An assessment uses the instrument of the agency's newest programme and copies the questions it
 * asks, so later instrument changes never alter it. A draft is saved as often as needed; completion
 * checks that every question is answered and a summary written, fixes the score and freezes it.
 */
@Service
public class ReadinessAssessments {

    private static final Role[] RUNNERS = {Role.ADMIN, Role.PROGRAMME_MANAGER, Role.ADVISOR, Role.REGIONAL_MANAGER};

    private final AssessmentRepository assessments;
    private final ReadinessInstruments instruments;
    private final Programmes programmes;
    private final AgencyGate gate;
    private final AuditTrail audit;
    private final Clock clock;

    ReadinessAssessments(AssessmentRepository assessments, ReadinessInstruments instruments, Programmes programmes,
            AgencyGate gate, AuditTrail audit, Clock clock) {
        this.assessments = assessments;
        this.instruments = instruments;
        this.programmes = programmes;
        this.gate = gate;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agency's assessments, oldest first, drafts included. */
    @Transactional(readOnly = true)
    public List<Assessment> history(UUID agencyId) {
        return history(gate.readable(agencyId));
    }

    /** The same for an agency already read through the gate, without reading it again. */
    @Transactional(readOnly = true)
    public List<Assessment> history(Organisation agency) {
        return assessments.ofAgency(gate.readable(agency).id());
    }

    @Transactional(readOnly = true)
    public Assessment get(UUID agencyId, UUID assessmentId) {
        return assessments.find(gate.readable(agencyId).id(), assessmentId, false).orElseThrow(NotFoundException::new);
    }

    /** The programme whose instrument the agency's next assessment uses: its newest. */
    @Transactional(readOnly = true)
    public Optional<Member> programmeOf(UUID agencyId) {
        return programmeOf(gate.readable(agencyId));
    }

    /** The same for an agency already read through the gate, without reading it again. */
    @Transactional(readOnly = true)
    public Optional<Member> programmeOf(Organisation agency) {
        return programmes.membershipsOf(gate.readable(agency).id()).stream().findFirst();
    }

    /** Whether the caller may run (start, save, complete) the agency's assessments. */
    public boolean mayRun(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.canWrite(agencyId) && scope.hasAnyRole(RUNNERS);
    }

    /**
     * The latest completed assessment's score of each agency given that the caller may read, in one
     * query; agencies without one are absent. For summaries over a programme.
     */
    @Transactional(readOnly = true)
    public Map<UUID, ReadinessScore> latestScores(Collection<UUID> agencyIds) {
        AccessScope scope = CurrentScope.get();
        return assessments.latestScores(agencyIds.stream().filter(Objects::nonNull).filter(scope::canRead)
                .distinct().toList());
    }

    /** Starts a draft on today's instrument; the assessors default to the caller. */
    @Transactional
    public Assessment start(UUID agencyId, LocalDate assessedOn, String assessors) {
        Organisation agency = gate.writable(agencyId, RUNNERS);
        LocalDate today = today(agency);
        LocalDate date = AssessmentRules.date(assessedOn == null ? today : assessedOn, today);
        String who = AssessmentRules.assessors(assessors == null || assessors.isBlank() ? caller() : assessors);
        Member member = programmes.membershipsOf(agency.id()).stream().findFirst()
                .orElseThrow(() -> new RuleViolation("readiness.programme.none"));
        if (assessments.hasDraft(agency.id())) {
            throw new RuleViolation("readiness.draft.exists");
        }
        Instrument instrument = instruments.of(member.programmeId());
        List<Question> asked = instrument.asked();
        if (asked.isEmpty()) {
            throw new RuleViolation("readiness.instrument.empty");
        }
        List<Answer> answers = asked.stream().map(q -> new Answer(instrument.areas().stream()
                .filter(a -> a.id().equals(q.areaId())).findFirst().orElseThrow(), q, null, null)).toList();
        Assessment assessment = new Assessment(UUID.randomUUID(), agency.id(), member.programmeId(),
                instrument.version(), date, who, null, AssessmentState.DRAFT, CurrentScope.get().username(), null,
                null, answers);
        assessments.insert(assessment);
        audit.record("READINESS_ASSESSMENT_STARTED", "readiness-assessment", assessment.id().toString(), agency.id(),
                date + " · " + who + " · v" + instrument.version() + " · " + answers.size());
        return get(agency.id(), assessment.id());
    }

    /** Saves a draft: the answers given and any header field given; the rest stays as it was. */
    @Transactional
    public Assessment save(UUID agencyId, UUID assessmentId, AssessmentDraft draft) {
        Organisation agency = gate.writable(agencyId, RUNNERS);
        Assessment current = assessments.find(agency.id(), assessmentId, true).orElseThrow(NotFoundException::new);
        Assessment changed = AssessmentRules.applied(current, draft, today(agency));
        assessments.updateHeader(changed);
        for (int i = 0; i < changed.answers().size(); i++) {
            if (!changed.answers().get(i).equals(current.answers().get(i))) {
                assessments.updateAnswer(agency.id(), changed.id(), changed.answers().get(i));
            }
        }
        Scorecard scorecard = changed.scorecard();
        audit.record("READINESS_ASSESSMENT_SAVED", "readiness-assessment", changed.id().toString(), agency.id(),
                scorecard.answered() + "/" + scorecard.total() + " · " + changed.assessedOn());
        return changed;
    }

    /** Completes a draft: fixes its score; from then on it never changes. */
    @Transactional
    public Assessment complete(UUID agencyId, UUID assessmentId) {
        Organisation agency = gate.writable(agencyId, RUNNERS);
        Assessment current = assessments.find(agency.id(), assessmentId, true).orElseThrow(NotFoundException::new);
        double score = AssessmentRules.completable(current);
        assessments.complete(agency.id(), current.id(), score, CurrentScope.get().username());
        audit.record("READINESS_ASSESSMENT_COMPLETED", "readiness-assessment", current.id().toString(), agency.id(),
                current.assessedOn() + " · " + String.format(java.util.Locale.ROOT, "%.1f %%", score));
        return get(agency.id(), current.id());
    }

    private LocalDate today(Organisation agency) {
        return LocalDate.now(clock.withZone(agency.timeZone()));
    }

    private static String caller() {
        return CurrentUser.get().map(SignedInUser::displayName).orElse(CurrentScope.get().username());
    }
}
