package org.acredita.commission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.Enrolment;
import org.acredita.agencies.Phase;
import org.acredita.agencies.TransitionRequest;
import org.acredita.audit.AuditTrail;
import org.acredita.commission.internal.CertificateHash;
import org.acredita.commission.internal.DecisionStore;
import org.acredita.commission.internal.DecisionStore.DecisionRow;
import org.acredita.commission.internal.MeetingStore;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.standards.AccreditationProgramme;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hearings and decisions. Programme managers record the hearing and, once the meeting is held, the decision with
 * every panel member's vote (each audited). The decision moves the agency's lifecycle through
 * {@link AgencyLifecycle} — to the hearing (from the released report) and then to the outcome — in the same
 * transaction: a step the lifecycle refuses refuses the decision (409) and nothing is written. An accreditation
 * grants an award for the lifecycle's term on the edition and tier of the agency's file.
 */
@Service
public class Decisions {

    private static final int MAX_TEXT = 4000;

    private final Meetings meetings;
    private final MeetingStore meetingStore;
    private final DecisionStore store;
    private final AgencyGate gate;
    private final AgencyLifecycle lifecycle;
    private final AccreditationFiles files;
    private final Staff staff;
    private final AuditTrail audit;
    private final Clock clock;

    Decisions(Meetings meetings, MeetingStore meetingStore, DecisionStore store, AgencyGate gate,
            AgencyLifecycle lifecycle, AccreditationFiles files, Staff staff, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.meetingStore = meetingStore;
        this.store = store;
        this.gate = gate;
        this.lifecycle = lifecycle;
        this.files = files;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The hearing of an item the caller sees, if recorded. */
    @Transactional(readOnly = true)
    public Optional<Hearing> hearing(UUID meetingId, UUID itemId) {
        return store.hearing(meetings.item(meetingId, itemId).id());
    }

    /** The decision on an item the caller sees, if taken. */
    @Transactional(readOnly = true)
    public Optional<Decision> decision(UUID meetingId, UUID itemId) {
        return store.decisionOf(meetings.item(meetingId, itemId).id()).map(this::decision);
    }

    /** Records (or corrects) the hearing, from the closing of the docket until the decision is taken. */
    @Transactional
    public Hearing recordHearing(UUID meetingId, UUID itemId, Hearing input) {
        CurrentScope.get().requireRole(Meetings.ORGANISERS);
        MeetingStore.MeetingRow meeting = meetingStore.meetingForUpdate(meetingId).orElseThrow(NotFoundException::new);
        DocketItem item = meetings.item(meetingId, itemId);
        Organisation agency = gate.writable(item.agencyId(), Meetings.ORGANISERS);
        if (meeting.status() != MeetingStatus.DOCKET_CLOSED && meeting.status() != MeetingStatus.HELD) {
            throw new CommissionRefusal("commission.hearing.notOpen");
        }
        if (store.decisionOf(item.id()).isPresent()) {
            throw new CommissionRefusal("commission.hearing.decided");
        }
        Hearing clean = new Hearing(text(input.agencyAttendees(), "agencyAttendees"),
                text(input.funderNotes(), "funderNotes"), text(input.advisorNotes(), "advisorNotes"),
                text(input.questions(), "questions"), text(input.recommendation(), "recommendation"), null);
        store.saveHearing(item.id(), agency.id(), clean, CurrentScope.get().userId());
        audit.record("COMMISSION_HEARING_RECORDED", "commission-docket-item", item.id().toString(), agency.id(),
                agency.name() + " · " + meeting.meetsOn());
        return store.hearing(item.id()).orElseThrow();
    }

    /** Records the decision of a held meeting on one docket item, moving the agency's lifecycle with it. */
    @Transactional
    public Decision decide(UUID meetingId, UUID itemId, NewDecision request) {
        CurrentScope.get().requireRole(Meetings.ORGANISERS);
        MeetingStore.MeetingRow meeting = meetingStore.meetingForUpdate(meetingId).orElseThrow(NotFoundException::new);
        DocketItem item = meetings.item(meetingId, itemId);
        Organisation agency = gate.writable(item.agencyId(), Meetings.ORGANISERS);
        if (request.outcome() == null) {
            throw RuleViolation.onField("outcome", "commission.decision.outcomeRequired");
        }
        requireVotes(item, request.votes());
        List<NewDecision.NewCondition> conditions = conditions(request, meeting.meetsOn());
        String reasons = text(request.reasons(), "reasons");
        String actions = text(request.requiredActions(), "requiredActions");
        if (request.outcome() == Outcome.DENIED && reasons == null) {
            throw RuleViolation.onField("reasons", "commission.decision.reasonsRequired");
        }
        if (request.outcome() == Outcome.DEFERRED && actions == null) {
            throw RuleViolation.onField("requiredActions", "commission.decision.actionsRequired");
        }
        if (meeting.status() != MeetingStatus.HELD) {
            throw new CommissionRefusal("commission.decision.notHeld");
        }
        if (store.decisionOf(item.id()).isPresent()) {
            throw new CommissionRefusal("commission.decision.already");
        }
        LocalDate decidedOn = meeting.meetsOn();
        if (decidedOn.isAfter(LocalDate.now(clock.withZone(agency.timeZone())))) {
            throw new CommissionRefusal("commission.meeting.notYet");
        }
        Enrolment enrolment = openEnrolment(agency);
        moveLifecycle(agency, enrolment, request.outcome(), decidedOn, summary(request.outcome(), reasons, actions,
                conditions));
        UUID id = store.insertDecision(item.id(), agency.id(), request.outcome(), decidedOn, reasons, actions,
                CurrentScope.get().userId());
        if (id == null) {
            throw new CommissionRefusal("commission.decision.already");
        }
        Map<UUID, StaffMember> names = staff.named(request.votes().stream().map(NewDecision.CastVote::commissionerId)
                .toList());
        for (NewDecision.CastVote vote : request.votes()) {
            store.insertVote(id, agency.id(), vote.commissionerId(), vote.vote());
            audit.record("COMMISSION_VOTE_RECORDED", "commission-decision", id.toString(), agency.id(),
                    names.get(vote.commissionerId()).displayName() + " · " + vote.vote() + " · " + request.outcome());
        }
        for (NewDecision.NewCondition condition : conditions) {
            store.insertCondition(id, agency.id(), condition.text(), condition.dueOn());
        }
        audit.record("COMMISSION_DECISION_RECORDED", "commission-decision", id.toString(), agency.id(),
                agency.name() + " · " + request.outcome() + " · " + decidedOn + " · " + conditions.size());
        if (request.outcome().awards()) {
            grantAward(id, agency, enrolment.programme(), decidedOn);
        }
        return store.decisionOf(item.id()).map(this::decision).orElseThrow();
    }

    private void grantAward(UUID decisionId, Organisation agency, AccreditationProgramme programme,
            LocalDate awardedOn) {
        // The lifecycle's award term (four years): no programme setting names another yet.
        LocalDate expires = awardedOn.plusYears(Enrolment.AWARD_YEARS);
        Optional<AccreditationFile> file = files.of(agency.id()).stream().filter(f -> f.programme() == programme)
                .findFirst();
        String tier = file.map(AccreditationFile::tier).orElse(null);
        UUID award = store.insertAward(decisionId, agency.id(), programme.name(), awardedOn, expires,
                file.map(AccreditationFile::editionId).orElse(null), tier);
        String number = store.nextCertificateNumber(awardedOn.getYear());
        String hash = CertificateHash.of(number, agency.name(), programme.name(), tier, awardedOn, expires);
        store.certify(award, number, hash);
        audit.record("COMMISSION_AWARD_GRANTED", "commission-award", award.toString(), agency.id(),
                agency.name() + " · " + programme + " · " + awardedOn + " → " + expires + " · " + number
                        + " · sha256 " + hash);
    }

    /**
     * The steps from where the agency stands to the outcome: a released report reaches the report phase, then the
     * hearing is scheduled on the meeting's date, then the outcome (reaccredited after a year-four assessment).
     * Each step must be one the lifecycle allows the caller now; else the decision is refused.
     */
    private void moveLifecycle(Organisation agency, Enrolment enrolment, Outcome outcome, LocalDate decidedOn,
            String reason) {
        List<Phase> steps = new ArrayList<>();
        Phase phase = enrolment.phase();
        if (phase == Phase.SITE_BASED_ASSESSMENT) {
            steps.add(Phase.REPORT);
        }
        if (phase == Phase.SITE_BASED_ASSESSMENT || phase == Phase.REPORT || phase == Phase.DEFERRED) {
            steps.add(Phase.HEARING_SCHEDULED);
        }
        steps.add(phase == Phase.YEAR_FOUR_ASSESSMENT && outcome.awards() ? Phase.REACCREDITED
                : Phase.valueOf(outcome.name()));
        Enrolment current = enrolment;
        for (Phase step : steps) {
            if (!lifecycle.nextFor(current).contains(step)) {
                throw new CommissionRefusal("commission.decision.lifecycleRefused", phaseName(current.phase()),
                        phaseName(step));
            }
            boolean award = step == Phase.ACCREDITED || step == Phase.ACCREDITED_WITH_CONDITIONS
                    || step == Phase.REACCREDITED;
            current = lifecycle.transition(agency.id(), current.programme(), new TransitionRequest(step,
                    step == Phase.HEARING_SCHEDULED || step == Phase.REPORT ? null : reason, null,
                    step == Phase.HEARING_SCHEDULED ? decidedOn : null, award ? decidedOn : null));
        }
    }

    private Enrolment openEnrolment(Organisation agency) {
        List<Enrolment> open = lifecycle.enrolments(agency.id()).stream().filter(e -> !e.phase().isFinal()).toList();
        if (open.size() != 1) {
            throw new CommissionRefusal("commission.decision.noEnrolment", agency.name());
        }
        return open.get(0);
    }

    /** Every panel member votes once, nobody else; the motion carries with more votes for than against. */
    private void requireVotes(DocketItem item, List<NewDecision.CastVote> votes) {
        Set<UUID> panel = item.panel().stream().map(PanelSeat::commissionerId).collect(Collectors.toSet());
        Set<UUID> seen = new HashSet<>();
        for (NewDecision.CastVote vote : votes) {
            if (vote == null || vote.commissionerId() == null || vote.vote() == null) {
                throw RuleViolation.onField("votes", "commission.decision.voteIncomplete");
            }
            if (!panel.contains(vote.commissionerId()) || !seen.add(vote.commissionerId())) {
                throw RuleViolation.onField("votes", "commission.decision.voteNotOnPanel");
            }
        }
        if (panel.isEmpty() || !seen.equals(panel)) {
            throw RuleViolation.onField("votes", "commission.decision.votesMissing");
        }
        long inFavour = votes.stream().filter(v -> v.vote() == Vote.FOR).count();
        long against = votes.stream().filter(v -> v.vote() == Vote.AGAINST).count();
        if (inFavour <= against) {
            throw RuleViolation.onField("votes", "commission.decision.notCarried", inFavour, against);
        }
    }

    private List<NewDecision.NewCondition> conditions(NewDecision request, LocalDate decidedOn) {
        List<NewDecision.NewCondition> clean = new ArrayList<>();
        for (NewDecision.NewCondition condition : request.conditions()) {
            if (condition == null) {
                continue;
            }
            String text = text(condition.text(), "conditions");
            if (text == null && condition.dueOn() == null) {
                continue;
            }
            if (text == null || condition.dueOn() == null) {
                throw RuleViolation.onField("conditions", "commission.decision.conditionIncomplete");
            }
            if (!condition.dueOn().isAfter(decidedOn)) {
                throw RuleViolation.onField("conditions", "commission.decision.conditionDue");
            }
            clean.add(new NewDecision.NewCondition(text, condition.dueOn()));
        }
        if (request.outcome() == Outcome.ACCREDITED_WITH_CONDITIONS && clean.isEmpty()) {
            throw RuleViolation.onField("conditions", "commission.decision.conditionsRequired");
        }
        if (request.outcome() != Outcome.ACCREDITED_WITH_CONDITIONS && !clean.isEmpty()) {
            throw RuleViolation.onField("conditions", "commission.decision.conditionsOnlyWith");
        }
        return clean;
    }

    /** The reason written on the agency's timeline: the Commission's own words (conditions, actions, reasons). */
    private static String summary(Outcome outcome, String reasons, String actions,
            List<NewDecision.NewCondition> conditions) {
        return switch (outcome) {
            case ACCREDITED -> null;
            case ACCREDITED_WITH_CONDITIONS -> conditions.stream().map(c -> c.text() + " (" + c.dueOn() + ")")
                    .collect(Collectors.joining("; "));
            case DEFERRED -> actions;
            case DENIED -> reasons;
        };
    }

    private Decision decision(DecisionRow row) {
        List<DecisionStore.VoteRow> votes = store.votes(row.id());
        Map<UUID, StaffMember> names = staff.named(votes.stream().map(DecisionStore.VoteRow::commissionerId).toList());
        return new Decision(row.id(), row.itemId(), row.agencyId(), row.outcome(), row.decidedOn(), row.reasons(),
                row.requiredActions(), votes.stream().map(v -> new Decision.CastVote(v.commissionerId(),
                        names.containsKey(v.commissionerId()) ? names.get(v.commissionerId()).displayName() : "",
                        v.vote())).toList(), store.conditions(row.id()));
    }

    private static DefaultMessageSourceResolvable phaseName(Phase phase) {
        return new DefaultMessageSourceResolvable("agencies.phase." + phase.name());
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw RuleViolation.onField(field, "commission.text.tooLong", MAX_TEXT);
        }
        return value.strip();
    }
}
