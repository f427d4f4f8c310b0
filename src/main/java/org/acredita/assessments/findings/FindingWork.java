package org.acredita.assessments.findings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Finding.ActionState;
import org.acredita.assessments.Finding.CorrectiveAction;
import org.acredita.assessments.Finding.Severity;
import org.acredita.assessments.Finding.State;
import org.acredita.assessments.Finding.Step;
import org.acredita.assessments.TeamMember;
import org.acredita.assessments.Verdict;
import org.acredita.assessments.VerdictRecorded;
import org.acredita.assessments.findings.FindingStore.ActionRow;
import org.acredita.assessments.findings.FindingStore.Row;
import org.acredita.assessments.internal.AssessmentStore;
import org.acredita.assessments.internal.Visibility;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.PeopleNames;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.proofs.Proofs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings and their corrective actions: opened, reopened, withdrawn or corrected by verdicts (in the verdict's
 * own transaction), described by the team, answered by the agency, verified or returned by the reviewer. Who
 * sees and does what comes from {@link Visibility}; every change is audited and kept in the finding's history.
 */
@Service
public class FindingWork {

    static final int MAX_TEXT = 10_000;
    private static final Comparator<String> BY_NUMBER = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int order = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private final FindingStore store;
    private final AssessmentStore assessmentRows;
    private final Assessments assessments;
    private final Staff staff;
    private final PeopleNames names;
    private final Proofs proofs;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FindingWork(FindingStore store, AssessmentStore assessmentRows, Assessments assessments, Staff staff,
            PeopleNames names, Proofs proofs, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.assessmentRows = assessmentRows;
        this.assessments = assessments;
        this.staff = staff;
        this.names = names;
        this.proofs = proofs;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A verdict's effect on the finding of its standard or element, written in the verdict's transaction with the
     * reviewer's own scope (the review checked that they may record it).
     */
    @Transactional
    public void follow(VerdictRecorded verdict) {
        AssessmentStore.Row assessment = assessmentRows.find(verdict.assessmentId()).orElseThrow(NotFoundException::new);
        String element = verdict.element() == null ? "" : verdict.element().strip();
        Optional<Row> current = store.lock(assessment.id(), verdict.standardNumber(), element);
        boolean sent = assessment.status().compareTo(AssessmentStatus.FINDINGS_TO_AGENCY) >= 0;
        State from = current.map(Row::state).orElse(null);
        Optional<State> to = FindingRules.afterVerdict(from, verdict.verdict(), sent);
        String comment = clean(verdict.commentToAgency());
        UUID actor = CurrentScope.get().userId();
        if (to.isEmpty()) {
            if (current.isPresent() && verdict.verdict() == Verdict.NOT_IN_COMPLIANCE && comment != null
                    && !comment.equals(current.get().missing())) {
                store.describe(current.get().id(), current.get().severity(), comment);
                store.step(current.get().id(), assessment.agencyId(), actor, "DESCRIBED", from, from, comment);
            }
            return;
        }
        UUID id;
        if (current.isEmpty()) {
            Severity severity = Severity.defaultFor(store.levelOf(assessment.id(), verdict.standardNumber()));
            id = store.insert(assessment.id(), assessment.agencyId(), verdict.standardNumber(), element, severity,
                    to.get(), comment, actor);
        } else {
            id = current.get().id();
            store.move(id, from, to.get());
            if (comment != null && to.get() == State.OPEN) {
                store.describe(id, current.get().severity(), comment);
            }
        }
        store.step(id, assessment.agencyId(), actor, "VERDICT_" + verdict.verdict().name(), from, to.get(), comment);
        audit.record("FINDING_" + to.get().name(), "assessment_finding", id.toString(), assessment.agencyId(),
                verdict.standardNumber() + (element.isEmpty() ? "" : " (" + element + ")") + " · "
                        + (from == null ? "—" : from.name()) + " → " + to.get().name());
    }

    /** The assessment's findings the caller may see, in standard order; the agency never sees withdrawn ones. */
    @Transactional(readOnly = true)
    public List<Finding> of(UUID assessmentId) {
        return listed(readable(assessmentId));
    }

    /**
     * The findings of an assessment whose released report the caller reads (checked by the caller,
     * {@code ReleasedReports}), each with its current corrective action: a hearing weighs where they stand now,
     * not only at the release. Withdrawn ones only for those who see the whole assessment.
     */
    @Transactional(readOnly = true)
    public List<Finding> ofReleasedReport(Assessment assessment) {
        return listed(assessment);
    }

    /** In standard order; withdrawn ones only for those who see the whole assessment. */
    private List<Finding> listed(Assessment assessment) {
        boolean team = assessments.seesDetail(assessment);
        return assemble(assessment, store.ofAssessment(assessment.id()).stream()
                .filter(row -> team || row.state() != State.WITHDRAWN)
                .sorted(Comparator.comparing(Row::standardNumber, BY_NUMBER)
                        .thenComparing(row -> Objects.toString(row.element(), "")))
                .toList());
    }

    @Transactional(readOnly = true)
    public Finding finding(UUID assessmentId, UUID findingId) {
        Assessment assessment = readable(assessmentId);
        return assemble(assessment, List.of(row(assessment, findingId))).get(0);
    }

    /** The finding's history, oldest first. */
    @Transactional(readOnly = true)
    public List<Step> history(UUID assessmentId, UUID findingId) {
        return store.history(row(readable(assessmentId), findingId).id());
    }

    /** Every corrective action given for the finding, oldest first (returned ones keep their reason). */
    @Transactional(readOnly = true)
    public List<CorrectiveAction> actions(UUID assessmentId, UUID findingId) {
        Row finding = row(readable(assessmentId), findingId);
        return corrective(store.actions(List.of(finding.id())));
    }

    /** Whether the caller answers the assessment's findings (the agency, once they were sent to it). */
    public boolean mayAnswer(Assessment assessment) {
        return sent(assessment) && Visibility.answersFindings(CurrentScope.get(), assessment.agencyId());
    }

    /** Whether the caller describes findings and verifies corrective actions (the team, the programme staff). */
    public boolean mayReview(Assessment assessment) {
        return assessments.mayRun(assessment);
    }

    /** The agency's people a corrective action can be owned by. */
    @Transactional(readOnly = true)
    public List<StaffMember> owners(Assessment assessment) {
        return staff.ofAgency(assessment.agencyId());
    }

    /** The team changes a finding's severity and what was missing. */
    @Transactional
    public Finding describe(UUID assessmentId, UUID findingId, Severity severity, String missing) {
        Assessment assessment = readable(assessmentId);
        if (!mayReview(assessment)) {
            throw new ForbiddenException();
        }
        Row finding = row(assessment, findingId);
        if (severity == null) {
            throw RuleViolation.onField("severity", "findings.severity.required");
        }
        String text = clean(missing);
        if (text == null) {
            throw RuleViolation.onField("missing", "findings.missing.required");
        }
        requireLength("missing", text);
        if (finding.state() == State.CLOSED) {
            throw RuleViolation.onField("severity", "findings.state.notNow");
        }
        store.describe(finding.id(), severity, text);
        store.step(finding.id(), finding.agencyId(), CurrentScope.get().userId(), "DESCRIBED", finding.state(),
                finding.state(), text);
        audit.record("FINDING_DESCRIBED", "assessment_finding", finding.id().toString(), finding.agencyId(),
                finding.standardNumber() + " · " + severity);
        return finding(assessmentId, findingId);
    }

    /**
     * The agency answers a finding: actions, owner (one of its people), due date and the proofs of its live file
     * that show them. A proof of another file is refused, and nothing is written.
     */
    @Transactional
    public CorrectiveAction propose(UUID assessmentId, UUID findingId, ActionDraft draft) {
        Assessment assessment = readable(assessmentId);
        if (!mayAnswer(assessment)) {
            throw new ForbiddenException();
        }
        Row finding = row(assessment, findingId);
        State to = FindingRules.propose(finding.state());
        String actions = clean(draft.actions());
        if (actions == null) {
            throw RuleViolation.onField("actions", "findings.action.actionsRequired");
        }
        requireLength("actions", actions);
        if (draft.ownerId() == null || staff.ofAgency(assessment.agencyId()).stream()
                .noneMatch(person -> person.id().equals(draft.ownerId()))) {
            throw RuleViolation.onField("ownerId", "findings.action.ownerInvalid");
        }
        if (draft.dueDate() == null) {
            throw RuleViolation.onField("dueDate", "findings.action.dueRequired");
        }
        if (draft.dueDate().isBefore(LocalDate.now(clock.withZone(java.time.ZoneId.of("America/Mexico_City"))))) {
            throw RuleViolation.onField("dueDate", "findings.action.duePast");
        }
        List<UUID> evidence = evidence(assessment, draft.proofIds());
        store.replaceProposed(finding.id());
        UUID id = store.insertAction(finding.id(), finding.agencyId(), actions, draft.ownerId(), draft.dueDate(),
                evidence, CurrentScope.get().userId());
        moveFinding(finding, to, "ACTION_PROPOSED", draft.dueDate().toString());
        audit.record("CORRECTIVE_ACTION_PROPOSED", "assessment_corrective_action", id.toString(), finding.agencyId(),
                finding.standardNumber() + " · " + draft.dueDate() + " · " + evidence.size());
        return action(id);
    }

    /** The agency sends its proposed action to the reviewer. */
    @Transactional
    public CorrectiveAction submit(UUID assessmentId, UUID findingId, UUID actionId) {
        Assessment assessment = readable(assessmentId);
        if (!mayAnswer(assessment)) {
            throw new ForbiddenException();
        }
        Row finding = row(assessment, findingId);
        ActionRow action = actionOf(finding, actionId);
        State to = FindingRules.submit(finding.state());
        if (!store.moveAction(action.id(), ActionState.PROPOSED, ActionState.UNDER_REVIEW, null, null)) {
            throw RuleViolation.onField("state", "findings.state.notNow");
        }
        moveFinding(finding, to, "ACTION_SUBMITTED", null);
        audit.record("CORRECTIVE_ACTION_SUBMITTED", "assessment_corrective_action", action.id().toString(),
                finding.agencyId(), finding.standardNumber());
        publish(assessment, finding, action.id(), ActionState.UNDER_REVIEW, null);
        return action(action.id());
    }

    /** The reviewer verifies the action (the finding closes) or returns it with a reason. */
    @Transactional
    public CorrectiveAction decide(UUID assessmentId, UUID findingId, UUID actionId, boolean verified,
            String reason) {
        Assessment assessment = readable(assessmentId);
        if (!mayReview(assessment)) {
            throw new ForbiddenException();
        }
        Row finding = row(assessment, findingId);
        ActionRow action = actionOf(finding, actionId);
        String why = clean(reason);
        if (!verified && why == null) {
            throw RuleViolation.onField("reason", "findings.return.reasonRequired");
        }
        if (why != null) {
            requireLength("reason", why);
        }
        State to = verified ? FindingRules.verify(finding.state()) : FindingRules.giveBack(finding.state());
        ActionState outcome = verified ? ActionState.VERIFIED : ActionState.RETURNED;
        if (!store.moveAction(action.id(), ActionState.UNDER_REVIEW, outcome, verified ? null : why,
                CurrentScope.get().userId())) {
            throw RuleViolation.onField("state", "findings.state.notNow");
        }
        moveFinding(finding, to, verified ? "ACTION_VERIFIED" : "ACTION_RETURNED", why);
        audit.record("CORRECTIVE_ACTION_" + outcome.name(), "assessment_corrective_action", action.id().toString(),
                finding.agencyId(), finding.standardNumber() + (why == null ? "" : " · " + why));
        publish(assessment, finding, action.id(), outcome, why);
        return action(action.id());
    }

    /** Corrective actions past due across the agencies the caller reads (for reminders). */
    @Transactional(readOnly = true)
    public List<Finding.Overdue> overdue(LocalDate today) {
        AccessScope scope = CurrentScope.get();
        return store.overdue(today).stream().filter(o -> scope.canRead(o.agencyId())).toList();
    }

    /** Open and overdue findings sent to each of these agencies the caller reads; agencies with none are absent. */
    @Transactional(readOnly = true)
    public Map<UUID, Finding.Tally> tallies(Collection<UUID> agencyIds, LocalDate today) {
        AccessScope scope = CurrentScope.get();
        Map<UUID, Finding.Tally> tallies = new LinkedHashMap<>();
        store.tallies(agencyIds.stream().filter(scope::canRead).distinct().toList(), today)
                .forEach(tally -> tallies.put(tally.agencyId(), tally));
        return tallies;
    }

    private void moveFinding(Row finding, State to, String step, String note) {
        if (finding.state() != to && !store.move(finding.id(), finding.state(), to)) {
            throw RuleViolation.onField("state", "findings.state.notNow");
        }
        store.step(finding.id(), finding.agencyId(), CurrentScope.get().userId(), step, finding.state(), to, note);
    }

    private void publish(Assessment assessment, Row finding, UUID actionId, ActionState state, String reason) {
        events.publishEvent(new Finding.ActionStep(actionId, finding.id(), assessment.id(), assessment.agencyId(),
                finding.standardNumber(), state, reason, CurrentScope.get().userId(),
                assessment.team().stream().map(TeamMember::userId).toList()));
    }

    /** The cited proofs, each of the assessment's live file (so of the agency); anything else is refused. */
    private List<UUID> evidence(Assessment assessment, List<UUID> proofIds) {
        Set<UUID> seen = new HashSet<>();
        List<UUID> evidence = new ArrayList<>();
        for (UUID proofId : proofIds == null ? List.<UUID>of() : proofIds) {
            if (proofId == null) {
                throw RuleViolation.onField("proofIds", "findings.action.proofUnknown");
            }
            if (!seen.add(proofId)) {
                continue;
            }
            try {
                proofs.inFile(assessment.fileId(), proofId);
            } catch (NotFoundException e) {
                throw RuleViolation.onField("proofIds", "findings.action.proofUnknown");
            }
            evidence.add(proofId);
        }
        return evidence;
    }

    private Assessment readable(UUID assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        AccessScope scope = CurrentScope.get();
        if (!Visibility.seesFindings(scope, assessment.agencyId(), assessment.kind(),
                assessment.onTeam(scope.userId()), assessment.status())) {
            throw new NotFoundException();
        }
        return assessment;
    }

    private Row row(Assessment assessment, UUID findingId) {
        Row row = store.find(findingId).filter(r -> r.assessmentId().equals(assessment.id()))
                .orElseThrow(NotFoundException::new);
        if (row.state() == State.WITHDRAWN && !assessments.seesDetail(assessment)) {
            throw new NotFoundException();
        }
        return row;
    }

    private ActionRow actionOf(Row finding, UUID actionId) {
        return store.action(actionId).filter(a -> a.findingId().equals(finding.id()))
                .orElseThrow(NotFoundException::new);
    }

    private CorrectiveAction action(UUID id) {
        return corrective(List.of(store.action(id).orElseThrow(NotFoundException::new))).get(0);
    }

    private List<CorrectiveAction> corrective(List<ActionRow> rows) {
        Map<UUID, String> owners = names.of(rows.stream().map(ActionRow::ownerId).distinct().toList());
        return rows.stream().map(a -> new CorrectiveAction(a.id(), a.findingId(), a.actions(), a.ownerId(),
                owners.getOrDefault(a.ownerId(), ""), a.dueDate(), a.proofIds(), a.state(), a.returnReason(),
                a.proposedAt(), a.decidedAt())).toList();
    }

    private boolean sent(Assessment assessment) {
        return assessment.status().compareTo(AssessmentStatus.FINDINGS_TO_AGENCY) >= 0;
    }

    private List<Finding> assemble(Assessment assessment, List<Row> rows) {
        Map<String, List<String>> evidence = store.evidence(assessment.id());
        Map<UUID, CorrectiveAction> latest = new LinkedHashMap<>();
        corrective(store.actions(rows.stream().map(Row::id).toList())).stream()
                .filter(a -> a.state() != ActionState.REPLACED).forEach(a -> latest.put(a.findingId(), a));
        return rows.stream().map(r -> new Finding(r.id(), r.assessmentId(), r.agencyId(), r.standardNumber(),
                r.element(), r.severity(), r.state(), r.missing(), r.openedAt(), r.changedAt(), latest.get(r.id()),
                evidence.getOrDefault(r.standardNumber(), List.of()))).toList();
    }

    private static void requireLength(String field, String text) {
        if (text.length() > MAX_TEXT) {
            throw RuleViolation.onField(field, "findings.text.tooLong", MAX_TEXT);
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A corrective action as the agency gives it. */
    public record ActionDraft(String actions, UUID ownerId, LocalDate dueDate, List<UUID> proofIds) {
    }
}
