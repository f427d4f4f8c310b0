package org.acredita.agencies;

import org.acredita.standards.AccreditationProgramme;
import org.acredita.agencies.internal.Lifecycle;
import org.acredita.agencies.internal.NewAttachment;
import org.acredita.agencies.internal.Requirement;
import org.acredita.agencies.internal.TimelineEntry;
import org.acredita.agencies.internal.TransitionRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.agencies.internal.EnrolmentRepository;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Organisation;
import org.acredita.identity.AgencyGate;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.StoredFile;
import org.acredita.storage.StoredFiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrols agencies in programmes and moves them through the lifecycle. Every transition is checked
 * against the rules ({@link Lifecycle}), the caller's scope and role, recorded on the timeline,
 * audited, and published as {@link PhaseChanged} for the modules that follow.
 */
@Service
public class AgencyLifecycle {

    /** Owner type of the documents kept on timeline steps; the owner id is the step's id. */
    public static final String ATTACHMENTS = "agency-transition";

    private final EnrolmentRepository enrolments;
    private final AgencyGate gate;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<SelfAssessmentTimeLimits> timeLimits;
    private final StoredFiles files;
    private final TransactionTemplate transactions;

    AgencyLifecycle(EnrolmentRepository enrolments, AgencyGate gate, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, ObjectProvider<SelfAssessmentTimeLimits> timeLimits,
            StoredFiles files, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.files = files;
        this.enrolments = enrolments;
        this.gate = gate;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.timeLimits = timeLimits;
    }

    @Transactional(readOnly = true)
    public List<Enrolment> enrolments(UUID agencyId) {
        return enrolments.ofAgency(gate.readable(agencyId).id());
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(UUID agencyId) {
        return enrolments.timeline(gate.readable(agencyId).id());
    }

    /** The phases the caller may record next for this enrolment (their roles allow it). */
    public List<Phase> nextFor(Enrolment enrolment) {
        AccessScope scope = CurrentScope.get();
        if (!scope.canWrite(enrolment.agencyId())) {
            return List.of();
        }
        return Lifecycle.next(enrolment.phase()).stream()
                .filter(phase -> scope.hasAnyRole(TransitionPermissions.rolesFor(phase).toArray(Role[]::new)))
                .filter(phase -> phase != Phase.WITHDRAWN || scope.hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER)
                        || enrolment.agencyId().equals(scope.organisationId()))
                .toList();
    }

    /** Whether the caller may enrol this agency in a programme. */
    public boolean mayEnrol(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.canWrite(agencyId) && scope.hasAnyRole(TransitionPermissions.enrolling().toArray(Role[]::new));
    }

    @Transactional
    public Enrolment enrol(UUID agencyId, AccreditationProgramme programme) {
        AccessScope scope = CurrentScope.get();
        Organisation agency = gate.readable(agencyId);
        scope.requireWrite(agency.id());
        scope.requireRole(TransitionPermissions.enrolling().toArray(Role[]::new));
        if (programme == null) {
            throw RuleViolation.onField("programme", "agencies.programme.required");
        }
        if (enrolments.openForUpdate(agency.id(), programme).isPresent()) {
            throw RuleViolation.onField("programme", "agencies.programme.alreadyEnrolled", programme.name());
        }
        Enrolment enrolment = enrolments.insert(agency.id(), programme);
        enrolments.addToTimeline(enrolment, null, Phase.CANDIDATE, scope.userId(), scope.username(), null, null);
        audit.record("AGENCY_ENROLLED", "enrolment", enrolment.id().toString(), agency.id(),
                agency.name() + " · " + programme);
        return enrolment;
    }

    @Transactional
    public Enrolment transition(UUID agencyId, AccreditationProgramme programme, TransitionRequest request) {
        return transition(agencyId, programme, request, List.of());
    }

    /**
     * The same, with documents that support the step (a signed agreement, the Commission's letter),
     * kept on the timeline entry; the step and its documents are recorded together or not at all. The documents'
     * bytes go into the file store first, outside any transaction, so no database connection waits on a slow upload.
     */
    public Enrolment transition(UUID agencyId, AccreditationProgramme programme, TransitionRequest request,
            List<NewAttachment> attachments) {
        gate.writable(agencyId);
        List<ReceivedFile> received = attachments.stream()
                .map(attachment -> files.receive(agencyId, attachment.fileName(), attachment.content())).toList();
        return transactions.execute(status -> recordTransition(agencyId, programme, request, received));
    }

    private Enrolment recordTransition(UUID agencyId, AccreditationProgramme programme, TransitionRequest request,
            List<ReceivedFile> attachments) {
        AccessScope scope = CurrentScope.get();
        Organisation agency = gate.readable(agencyId);
        scope.requireWrite(agency.id());
        Enrolment current = open(agency.id(), programme);
        if (request.to() != null) {
            scope.requireRole(TransitionPermissions.rolesFor(request.to()).toArray(Role[]::new));
            if (request.to() == Phase.WITHDRAWN && !scope.hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER)
                    && !agency.id().equals(scope.organisationId())) {
                throw new org.acredita.access.ForbiddenException();
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(agency.timeZone()));
        List<Requirement> unmet = Lifecycle.unmet(current, request, today);
        if (!unmet.isEmpty()) {
            throw new TransitionRefused(unmet);
        }
        Enrolment next = apply(current, request);
        enrolments.update(next);
        long step = enrolments.addToTimeline(next, current.phase(), next.phase(), scope.userId(), scope.username(),
                blankToNull(request.reason()), recordedDate(request));
        for (ReceivedFile attachment : attachments) {
            files.record(attachment, ATTACHMENTS, Long.toString(step));
        }
        audit.record("AGENCY_PHASE_CHANGED", "enrolment", next.id().toString(), agency.id(),
                current.phase() + " → " + next.phase() + (request.reason() == null ? "" : " · " + request.reason()));
        events.publishEvent(new PhaseChanged(agency.id(), next.id(), next.programme(), current.phase(), next.phase(),
                clock.instant()));
        return next;
    }

    /**
     * Adds a document to a step already on the timeline: by whoever recorded the step, or the
     * programme's staff. Another agency's step is not found.
     */
    public StoredFile attach(UUID agencyId, long step, NewAttachment attachment) {
        gate.writable(agencyId);
        ReceivedFile received = files.receive(agencyId, attachment.fileName(), attachment.content());
        return transactions.execute(status -> recordAttachment(agencyId, step, received));
    }

    private StoredFile recordAttachment(UUID agencyId, long step, ReceivedFile attachment) {
        AccessScope scope = CurrentScope.get();
        Organisation agency = gate.readable(agencyId);
        scope.requireWrite(agency.id());
        var recorded = enrolments.step(agency.id(), step).orElseThrow(NotFoundException::new);
        if (!scope.hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER)
                && (scope.userId() == null || !scope.userId().equals(recorded.recordedBy()))) {
            throw new org.acredita.access.ForbiddenException();
        }
        return files.record(attachment, ATTACHMENTS, Long.toString(step));
    }

    /** The documents kept on the agency's timeline, by step id. */
    @Transactional(readOnly = true)
    public Map<Long, List<StoredFile>> attachments(UUID agencyId) {
        return files.listOfAgency(gate.readable(agencyId).id(), ATTACHMENTS).stream()
                .collect(java.util.stream.Collectors.groupingBy(file -> Long.parseLong(file.ownerId())));
    }

    /** A recorded extension of the self-assessment deadline, with its reason (accreditation staff). */
    @Transactional
    public Enrolment extendDeadline(UUID agencyId, AccreditationProgramme programme, int months, String reason) {
        AccessScope scope = CurrentScope.get();
        Organisation agency = gate.readable(agencyId);
        scope.requireWrite(agency.id());
        scope.requireRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
        Enrolment current = open(agency.id(), programme);
        if (current.agreementDate() == null) {
            throw new TransitionRefused(List.of(new Requirement("agencies.requirement.committedFirst")));
        }
        if (months < 1 || months > 24 || reason == null || reason.isBlank()) {
            throw RuleViolation.onField("months", "agencies.extension.invalid", "24");
        }
        int total = current.extensionMonths() + months;
        Enrolment extended = new Enrolment(current.id(), current.agencyId(), current.programme(), current.phase(),
                current.agreementDate(), Lifecycle.deadline(current.agreementDate(), limitMonths(current), total), total,
                current.hearingDate(), current.awardDate(), current.awardExpires());
        enrolments.update(extended);
        enrolments.addToTimeline(extended, current.phase(), current.phase(), scope.userId(), scope.username(),
                reason.strip(), extended.selfAssessmentDeadline());
        audit.record("DEADLINE_EXTENDED", "enrolment", current.id().toString(), agency.id(),
                current.selfAssessmentDeadline() + " → " + extended.selfAssessmentDeadline() + " · " + reason.strip());
        return extended;
    }

    /** The programme's time limit for this enrolment, or the default of its kind. */
    private int limitMonths(Enrolment enrolment) {
        SelfAssessmentTimeLimits limits = timeLimits.getIfAvailable();
        return (limits == null ? java.util.OptionalInt.empty() : limits.monthsFor(enrolment.agencyId(),
                enrolment.programme())).orElse(enrolment.programme().selfAssessmentMonths());
    }

    private Enrolment apply(Enrolment current, TransitionRequest request) {
        Phase to = request.to();
        LocalDate agreement = current.agreementDate();
        LocalDate deadline = current.selfAssessmentDeadline();
        if (to == Phase.COMMITTED) {
            agreement = request.agreementDate();
            deadline = Lifecycle.deadline(agreement, limitMonths(current), current.extensionMonths());
        }
        LocalDate hearing = to == Phase.HEARING_SCHEDULED ? request.hearingDate() : current.hearingDate();
        LocalDate award = current.awardDate();
        LocalDate expires = current.awardExpires();
        if (request.awardDate() != null && (to == Phase.ACCREDITED || to == Phase.ACCREDITED_WITH_CONDITIONS
                || to == Phase.REACCREDITED)) {
            award = request.awardDate();
            expires = award.plusYears(Enrolment.AWARD_YEARS);
        }
        return new Enrolment(current.id(), current.agencyId(), current.programme(), to, agreement, deadline,
                current.extensionMonths(), hearing, award, expires);
    }

    private static LocalDate recordedDate(TransitionRequest request) {
        return switch (request.to()) {
            case COMMITTED -> request.agreementDate();
            case HEARING_SCHEDULED -> request.hearingDate();
            case ACCREDITED, ACCREDITED_WITH_CONDITIONS, REACCREDITED -> request.awardDate();
            default -> null;
        };
    }

    private Enrolment open(UUID agencyId, AccreditationProgramme programme) {
        if (programme != null) {
            return enrolments.openForUpdate(agencyId, programme)
                    .orElseThrow(() -> RuleViolation.onField("programme", "agencies.programme.notEnrolled", programme.name()));
        }
        List<Enrolment> open = enrolments.ofAgency(agencyId).stream().filter(e -> !e.phase().isFinal()).toList();
        if (open.size() != 1) {
            throw RuleViolation.onField("programme", "agencies.programme.choose");
        }
        return enrolments.openForUpdate(agencyId, open.get(0).programme()).orElseThrow();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
