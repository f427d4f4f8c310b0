package org.acredita.commission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.Enrolment;
import org.acredita.agencies.Phase;
import org.acredita.agencies.TransitionRequest;
import org.acredita.audit.AuditTrail;
import org.acredita.commission.internal.AwardStore;
import org.acredita.commission.internal.AwardStore.ConditionRow;
import org.acredita.commission.internal.DecisionStore;
import org.acredita.commission.internal.DecisionStore.AwardRow;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.proofs.EvidenceLibrary;
import org.acredita.proofs.LibraryDocument;
import org.acredita.standards.AccreditationProgramme;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards after the decision. The programme manager lifts a condition with the evidence (a note, optionally a
 * document of the agency's evidence library; the last one lifted takes an accreditation with conditions to
 * accredited) and records the Commission's later decisions on an award: suspended, revoked, reinstated, each moving
 * the agency's lifecycle through {@link AgencyLifecycle} in the same transaction, checked with {@code nextFor}
 * first, so a refused step is a 409 and nothing is written. An award past its expiry lapses ({@link AwardLapses}).
 * Each change is audited and published for the agency's people to be told at once.
 */
@Service
public class Awards {

    private static final int MAX_TEXT = 4000;

    private final DecisionStore decisions;
    private final AwardStore store;
    private final AgencyGate gate;
    private final Organisations organisations;
    private final AgencyLifecycle lifecycle;
    private final EvidenceLibrary evidence;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Awards(DecisionStore decisions, AwardStore store, AgencyGate gate, Organisations organisations,
            AgencyLifecycle lifecycle, EvidenceLibrary evidence, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.decisions = decisions;
        this.store = store;
        this.gate = gate;
        this.organisations = organisations;
        this.lifecycle = lifecycle;
        this.evidence = evidence;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The agency's awards, newest first, with conditions and later decisions; another agency's are not found. */
    @Transactional(readOnly = true)
    public List<Award> of(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        return assemble(decisions.awards(agency.id()));
    }

    /** One award the caller may read. */
    @Transactional(readOnly = true)
    public Award get(UUID awardId) {
        AwardRow row = decisions.award(awardId).orElseThrow(NotFoundException::new);
        gate.readable(row.agencyId());
        return assemble(List.of(row)).get(0);
    }

    /** The awards of these agencies, the caller may read, newest first (a funded programme's page). */
    @Transactional(readOnly = true)
    public List<Award> ofAgencies(java.util.Collection<UUID> agencyIds) {
        AccessScope scope = CurrentScope.get();
        return assemble(store.awardsOf(agencyIds.stream().filter(scope::canRead).toList()));
    }

    /** Whether the caller lifts conditions and records later decisions (programme managers, administrators). */
    public boolean mayDecide() {
        return CurrentScope.get().hasAnyRole(Meetings.ORGANISERS);
    }

    /** Open conditions past their due date on this day, of the agencies the caller reads (the reminder sweep). */
    @Transactional(readOnly = true)
    public List<OverdueCondition> overdueConditions(LocalDate today) {
        AccessScope scope = CurrentScope.get();
        List<ConditionRow> rows = store.overdue(today, null).stream().filter(r -> scope.canRead(r.agencyId()))
                .toList();
        Map<UUID, String> names = rows.isEmpty() ? Map.of() : organisations.visible().stream()
                .filter(Organisation::isAgency).collect(Collectors.toMap(Organisation::id, Organisation::name));
        return rows.stream().map(r -> new OverdueCondition(r.condition().id(), r.agencyId(),
                names.getOrDefault(r.agencyId(), ""), r.awardId(), r.condition().text(), r.condition().dueOn()))
                .toList();
    }

    /** How many of the agency's conditions are open past their due date (its page). */
    @Transactional(readOnly = true)
    public long overdueConditionsAt(UUID agencyId, LocalDate today) {
        if (!CurrentScope.get().canRead(agencyId)) {
            return 0;
        }
        return store.overdue(today, List.of(agencyId)).size();
    }

    /** Lifts an open condition of an award still held or suspended, with the evidence. */
    @Transactional
    public Award lift(UUID conditionId, ConditionLift request) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Meetings.ORGANISERS);
        ConditionRow row = store.conditionForUpdate(conditionId).orElseThrow(NotFoundException::new);
        Organisation agency = gate.writable(row.agencyId(), Meetings.ORGANISERS);
        AwardRow award = store.awardForUpdate(row.awardId()).orElseThrow(NotFoundException::new);
        String note = text(request.note(), "note");
        if (note == null) {
            throw RuleViolation.onField("note", "commission.condition.noteRequired");
        }
        LocalDate today = today(agency);
        LocalDate liftedOn = request.liftedOn() == null ? today : request.liftedOn();
        if (liftedOn.isAfter(today)) {
            throw RuleViolation.onField("liftedOn", "commission.condition.liftedFuture");
        }
        if (liftedOn.isBefore(award.awardedOn())) {
            throw RuleViolation.onField("liftedOn", "commission.condition.liftedBeforeAward", award.awardedOn());
        }
        LibraryDocument document = request.evidenceDocumentId() == null ? null
                : document(agency.id(), request.evidenceDocumentId());
        AwardStatus status = AwardStatus.valueOf(award.status());
        if (status != AwardStatus.ACTIVE && status != AwardStatus.SUSPENDED) {
            throw new CommissionRefusal("commission.condition.awardEnded", statusName(status));
        }
        if (!row.condition().open() || !store.lift(row.condition().id(), liftedOn, note,
                document == null ? null : document.id(), document == null ? null : document.title(),
                scope.userId())) {
            throw new CommissionRefusal("commission.condition.alreadyLifted");
        }
        audit.record("COMMISSION_CONDITION_LIFTED", "commission-condition", row.condition().id().toString(),
                agency.id(), agency.name() + " · " + row.condition().text() + " · " + liftedOn + " · " + note
                        + (document == null ? "" : " · " + document.title()));
        if (store.conditions(award.decisionId()).stream().noneMatch(Condition::open)) {
            allConditionsMet(agency, AccreditationProgramme.valueOf(award.programme()));
        }
        events.publishEvent(new ConditionLifted(agency.id(), award.id(), row.condition().id(), agency.name(),
                row.condition().text(), liftedOn, scope.userId()));
        return assemble(List.of(decisions.award(award.id()).orElseThrow())).get(0);
    }

    /**
     * Records the Commission's later decision on an award: suspended (an active award), revoked (active or
     * suspended; the agency is removed), reinstated (a suspended award before its expiry; the agency back in
     * continued compliance). The lifecycle's refusal refuses the decision.
     */
    @Transactional
    public Award decide(UUID awardId, NewStanding request) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Meetings.ORGANISERS);
        AwardRow award = store.awardForUpdate(awardId).orElseThrow(NotFoundException::new);
        Organisation agency = gate.writable(award.agencyId(), Meetings.ORGANISERS);
        if (request.change() == null || !request.change().decided()) {
            throw RuleViolation.onField("change", "commission.standing.changeRequired");
        }
        String reason = text(request.reason(), "reason");
        if (reason == null) {
            throw RuleViolation.onField("reason", "commission.standing.reasonRequired");
        }
        LocalDate today = today(agency);
        if (request.decidedOn() == null) {
            throw RuleViolation.onField("decidedOn", "commission.standing.dateRequired");
        }
        if (request.decidedOn().isAfter(today) || request.decidedOn().isBefore(award.awardedOn())) {
            throw RuleViolation.onField("decidedOn", "commission.standing.dateOutside", award.awardedOn(), today);
        }
        AwardStatus status = AwardStatus.valueOf(award.status());
        if (!request.change().allowedFrom(status)) {
            throw new CommissionRefusal("commission.standing.notFrom", statusName(status),
                    new DefaultMessageSourceResolvable("commission.standing.change." + request.change().name()));
        }
        if (store.superseded(award)) {
            throw new CommissionRefusal("commission.standing.superseded");
        }
        if (request.change() == StandingChange.REINSTATED && today.isAfter(award.expiresOn())) {
            throw new CommissionRefusal("commission.standing.expired", award.expiresOn());
        }
        Enrolment enrolment = enrolment(agency, AccreditationProgramme.valueOf(award.programme()));
        if (!lifecycle.nextFor(enrolment).contains(request.change().phase())) {
            throw new CommissionRefusal("commission.decision.lifecycleRefused", phaseName(enrolment.phase()),
                    phaseName(request.change().phase()));
        }
        lifecycle.transition(agency.id(), enrolment.programme(), TransitionRequest.to(request.change().phase(),
                reason));
        record(award, agency, request.change(), request.decidedOn(), reason, status, scope.userId());
        return assemble(List.of(decisions.award(award.id()).orElseThrow())).get(0);
    }

    /**
     * Lapses one active award past its expiry as of this day, for the sweep: the award expires and, unless a later
     * award superseded it, the agency's enrolment lapses when the lifecycle allows it. Nothing when the award no
     * longer stands as read (another node lapsed it first: its update holds the row until it commits).
     */
    @Transactional
    boolean lapse(UUID awardId, LocalDate today) {
        AwardRow award = store.awardForUpdate(awardId).orElse(null);
        if (award == null || !AwardStatus.ACTIVE.name().equals(award.status())
                || !today.isAfter(award.expiresOn())) {
            return false;
        }
        Organisation agency = organisations.get(award.agencyId());
        if (store.superseded(award)) {
            store.moveStatus(award.id(), AwardStatus.ACTIVE, AwardStatus.EXPIRED);
            audit.record("COMMISSION_AWARD_SUPERSEDED", "commission-award", award.id().toString(), agency.id(),
                    agency.name() + " · " + award.certificateNumber() + " · " + award.expiresOn());
            return true;
        }
        LocalDate lapsedOn = award.expiresOn().plusDays(1);
        lifecycle.enrolments(agency.id()).stream()
                .filter(e -> e.programme().name().equals(award.programme()) && !e.phase().isFinal())
                .filter(e -> lifecycle.nextFor(e).contains(Phase.LAPSED)).findFirst()
                .ifPresent(e -> lifecycle.transition(agency.id(), e.programme(), TransitionRequest.to(Phase.LAPSED,
                        null)));
        record(award, agency, StandingChange.LAPSED, lapsedOn, null, AwardStatus.ACTIVE, null);
        return true;
    }

    private void record(AwardRow award, Organisation agency, StandingChange change, LocalDate on, String reason,
            AwardStatus from, UUID by) {
        if (!store.moveStatus(award.id(), from, change.leaves())) {
            throw new CommissionRefusal("commission.standing.notFrom", statusName(from),
                    new DefaultMessageSourceResolvable("commission.standing.change." + change.name()));
        }
        UUID event = store.insertEvent(award.id(), agency.id(), change, on, reason, by);
        audit.record("COMMISSION_AWARD_" + change.name(), "commission-award", award.id().toString(), agency.id(),
                agency.name() + " · " + award.certificateNumber() + " · " + on + (reason == null ? "" : " · " + reason));
        events.publishEvent(new AwardStandingChanged(agency.id(), award.id(), agency.name(),
                award.certificateNumber(), change, on, by));
    }

    /** With every condition lifted, an accreditation with conditions becomes an accreditation. */
    private void allConditionsMet(Organisation agency, AccreditationProgramme programme) {
        lifecycle.enrolments(agency.id()).stream()
                .filter(e -> e.programme() == programme && e.phase() == Phase.ACCREDITED_WITH_CONDITIONS)
                .filter(e -> lifecycle.nextFor(e).contains(Phase.ACCREDITED)).findFirst()
                .ifPresent(e -> lifecycle.transition(agency.id(), programme, TransitionRequest.to(Phase.ACCREDITED,
                        null)));
    }

    private Enrolment enrolment(Organisation agency, AccreditationProgramme programme) {
        return lifecycle.enrolments(agency.id()).stream()
                .filter(e -> e.programme() == programme && !e.phase().isFinal()).findFirst()
                .orElseThrow(() -> new CommissionRefusal("commission.decision.noEnrolment", agency.name()));
    }

    private LibraryDocument document(UUID agencyId, UUID documentId) {
        try {
            return evidence.document(agencyId, documentId);
        } catch (NotFoundException e) {
            throw RuleViolation.onField("evidenceDocumentId", "commission.condition.evidenceUnknown");
        }
    }

    private List<Award> assemble(List<AwardRow> rows) {
        Map<UUID, List<Condition>> conditions = store.conditionsOf(rows.stream().map(AwardRow::decisionId).toList())
                .stream().collect(Collectors.groupingBy(ConditionRow::awardId,
                        Collectors.mapping(ConditionRow::condition, Collectors.toList())));
        Map<UUID, List<StandingEvent>> standing = store.events(rows.stream().map(AwardRow::id).toList()).stream()
                .collect(Collectors.groupingBy(StandingEvent::awardId));
        return rows.stream().map(r -> new Award(r.id(), r.agencyId(), r.decisionId(),
                AccreditationProgramme.valueOf(r.programme()), r.awardedOn(), r.expiresOn(), r.editionId(), r.tier(),
                AwardStatus.valueOf(r.status()), r.certificateNumber(), conditions.getOrDefault(r.id(), List.of()),
                standing.getOrDefault(r.id(), List.of()))).toList();
    }

    private LocalDate today(Organisation agency) {
        return LocalDate.now(clock.withZone(agency.timeZone()));
    }

    private static DefaultMessageSourceResolvable statusName(AwardStatus status) {
        return new DefaultMessageSourceResolvable("commission.award.status." + status.name());
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
