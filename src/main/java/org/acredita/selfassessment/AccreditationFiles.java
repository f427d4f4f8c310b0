package org.acredita.selfassessment;

import org.acredita.selfassessment.internal.RetiredStandard;
import org.acredita.selfassessment.internal.StandardDetail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.Enrolment;
import org.acredita.agencies.Phase;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Organisation;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.selfassessment.internal.ActivityRepository;
import org.acredita.selfassessment.internal.FileRepository;
import org.acredita.standards.EditionStatus;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import org.acredita.standards.format.ManualDocument;
import org.acredita.storage.StoredFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies' accreditation files: reading them, and opening or re-pinning them (the accreditation body's
 * programme staff). Anyone who may read the agency reads its file; another agency's file is not found.
 */
@Service
public class AccreditationFiles {

    private final FileRepository files;
    private final ActivityRepository activity;
    private final FileOpening opening;
    private final AgencyLifecycle lifecycle;
    private final Manuals manuals;
    private final Organisations organisations;
    private final AgencyGate gate;
    private final Staff staff;
    private final StoredFiles storedFiles;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    AccreditationFiles(FileRepository files, ActivityRepository activity, FileOpening opening,
            AgencyLifecycle lifecycle, Manuals manuals, Organisations organisations, AgencyGate gate, Staff staff,
            StoredFiles storedFiles, AuditTrail audit, Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.files = files;
        this.activity = activity;
        this.opening = opening;
        this.lifecycle = lifecycle;
        this.manuals = manuals;
        this.organisations = organisations;
        this.gate = gate;
        this.staff = staff;
        this.storedFiles = storedFiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agency's files, newest first. */
    @Transactional(readOnly = true)
    public List<AccreditationFile> of(UUID agencyId) {
        return of(gate.readable(agencyId));
    }

    /** The files of an agency the caller already read through {@link AgencyGate}, without reading it again. */
    @Transactional(readOnly = true)
    public List<AccreditationFile> of(Organisation agency) {
        return files.ofAgency(gate.readable(agency).id());
    }

    /** Every file the caller may read, e.g. for the system's daily reminders. */
    @Transactional(readOnly = true)
    public List<AccreditationFile> all() {
        AccessScope scope = CurrentScope.get();
        return files.all().stream().filter(file -> scope.canRead(file.agencyId())).toList();
    }

    @Transactional(readOnly = true)
    public AccreditationFile file(UUID fileId) {
        return readable(fileId);
    }

    /**
     * The whole file in number order with its assignees' names: two queries however many standards (the file with
     * its standards, then its agency, for its today, with the names).
     */
    @Transactional(readOnly = true)
    public FileContents contents(UUID fileId) {
        FileRepository.Whole whole = files.whole(fileId).orElseThrow(NotFoundException::new);
        CurrentScope.get().requireRead(whole.file().agencyId());
        AgencyGate.AgencyWithPeople agency = gate.readableWithNamed(whole.file().agencyId(),
                assigneesOf(whole.standards()));
        return new FileContents(whole.file(), whole.standards(), agency.named(),
                LocalDate.now(clock.withZone(agency.agency().timeZone())));
    }

    /**
     * The file page's read, in three queries: the agency's newest file with all its standards (own and retired),
     * then the agency (through {@link AgencyGate}, which refuses an agency the caller may not read) with the
     * assignees' names and its people to assign. Without a file, only the agency.
     */
    @Transactional(readOnly = true)
    public FileOverview newest(UUID agencyId) {
        java.util.Optional<FileRepository.Whole> whole = files.newestOf(agencyId);
        AgencyGate.AgencyWithPeople read = gate.readableWithPeople(agencyId,
                whole.map(found -> assigneesOf(found.standards())).orElse(Set.of()));
        Organisation agency = read.agency();
        return whole.map(found -> new FileOverview(agency, new FileContents(found.file(), found.standards(),
                read.named(), LocalDate.now(clock.withZone(agency.timeZone()))), read.ofAgency(), found.retired()))
                .orElseGet(() -> new FileOverview(agency, null, List.of(), List.of()));
    }

    /**
     * An agency with its newest file's contents (null without a file), its people its standards can be assigned to,
     * and the retired standards the file keeps.
     */
    public record FileOverview(Organisation agency, FileContents contents,
            List<org.acredita.identity.StaffMember> agencyPeople, List<RetiredStandard> retired) {
    }

    private static Set<UUID> assigneesOf(List<FileStandard> standards) {
        Set<UUID> assignees = new HashSet<>();
        standards.stream().map(FileStandard::assigneeId).filter(java.util.Objects::nonNull).forEach(assignees::add);
        return assignees;
    }

    /** One standard of a readable file without its texts and thread: for modules that keep things per standard. */
    @Transactional(readOnly = true)
    public FileStandard fileStandard(UUID fileId, String number) {
        AccreditationFile file = readable(fileId);
        return files.standard(file.id(), number).orElseThrow(NotFoundException::new);
    }

    /** The agency's calendar day now: what due dates, waivers and proof periods are judged against. */
    public LocalDate todayOf(UUID agencyId) {
        return today(agencyId);
    }

    @Transactional(readOnly = true)
    public StandardDetail standard(UUID fileId, String number) {
        AccreditationFile file = readable(fileId);
        FileStandard standard = files.standard(file.id(), number).orElseThrow(NotFoundException::new);
        ManualDocument.Standard text = manuals.document(file.editionId()).standards().stream()
                .filter(candidate -> candidate.number().equals(number)).findFirst()
                .orElseGet(() -> retiredText(file.id(), standard));
        List<StandardComment> comments = activity.comments(file.id(), number);
        List<HistoryEntry> history = activity.history(file.id(), number);
        Set<UUID> people = new HashSet<>();
        if (standard.assigneeId() != null) {
            people.add(standard.assigneeId());
        }
        comments.stream().map(StandardComment::authorId).filter(java.util.Objects::nonNull).forEach(people::add);
        history.stream().map(HistoryEntry::actorId).filter(java.util.Objects::nonNull).forEach(people::add);
        AccessScope scope = CurrentScope.get();
        boolean writes = scope.canWrite(file.agencyId()) && !standard.retired();
        LocalDate today = today(file.agencyId());
        boolean mayPlan = writes && scope.hasAnyRole(StandardWorkflow.NOTE_TAKERS.toArray(Role[]::new));
        boolean mayAssign = writes && scope.hasAnyRole(StandardWorkflow.PLANNERS.toArray(Role[]::new));
        return new StandardDetail(file, standard, text, comments, history,
                writes ? WorkflowRules.allowed(standard, scope.roles(), today) : List.of(), mayPlan, mayAssign, writes,
                mayPlan ? staff.ofAgency(file.agencyId()) : List.of(), staff.named(people),
                storedFiles.list(file.agencyId(), StandardWorkflow.WAIVER_DOCUMENT, file.id() + "/" + number),
                writes && scope.hasAnyRole(WorkflowRules.AGENCY.toArray(Role[]::new))
                        && (standard.request() == ExceptionRequest.WAIVER || standard.status() == StandardStatus.WAIVED),
                today);
    }

    /** Standards of earlier editions the file keeps for the record, in reserved-number order. */
    @Transactional(readOnly = true)
    public List<RetiredStandard> retired(UUID fileId) {
        return retired(readable(fileId));
    }

    /** The same for a file the caller already read. */
    @Transactional(readOnly = true)
    public List<RetiredStandard> retired(AccreditationFile file) {
        CurrentScope.get().requireRead(file.agencyId());
        return files.retired(file.id());
    }

    /** A retired standard's page shows its title and where it came from; its edition's text is not pinned. */
    private ManualDocument.Standard retiredText(UUID fileId, FileStandard standard) {
        RetiredStandard retired = files.retired(fileId).stream()
                .filter(candidate -> candidate.number().equals(standard.number())).findFirst()
                .orElseThrow(NotFoundException::new);
        org.acredita.standards.Text statement = org.acredita.standards.Text.of(
                messages.getMessage("selfassessment.retired.statement", new Object[] {retired.formerNumber()},
                        java.util.Locale.forLanguageTag("es-MX")),
                messages.getMessage("selfassessment.retired.statement", new Object[] {retired.formerNumber()},
                        java.util.Locale.ENGLISH));
        return new ManualDocument.Standard(standard.number(), standard.title(), statement, null, null, null,
                standard.level(), null, null, null, null, null);
    }

    /** The agency's own people, whom its standards can be assigned to. */
    @Transactional(readOnly = true)
    public List<org.acredita.identity.StaffMember> assignees(UUID agencyId) {
        return assignees(gate.readable(agencyId));
    }

    /** The same for an agency the caller already read through {@link AgencyGate}. */
    @Transactional(readOnly = true)
    public List<org.acredita.identity.StaffMember> assignees(Organisation agency) {
        return staff.ofAgency(gate.readable(agency).id());
    }

    /** Whether the caller may open or re-pin this agency's file (the accreditation body). */
    public boolean mayOpen(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.canWrite(agencyId) && scope.hasAnyRole(WorkflowRules.ACCREDITATION_BODY.toArray(Role[]::new));
    }

    /** Opens the file of an agency already in self-assessment (before files were opened on entering it). */
    @Transactional
    public AccreditationFile open(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        requireBody(agency.id());
        Enrolment enrolment = lifecycle.enrolments(agency.id()).stream()
                .filter(candidate -> candidate.phase() == Phase.SELF_ASSESSMENT).findFirst()
                .orElseThrow(() -> new RuleViolation("selfassessment.file.notInSelfAssessment"));
        if (files.exists(agency.id(), enrolment.programme())) {
            throw new RuleViolation("selfassessment.file.exists");
        }
        ManualEdition edition = opening.latestEdition(enrolment.programme())
                .orElseThrow(() -> new RuleViolation("selfassessment.file.noManual"));
        return opening.open(agency.id(), enrolment.programme(), edition);
    }

    /** Pins the file to another edition or tier, only while nobody has worked on it. */
    @Transactional
    public AccreditationFile repin(UUID fileId, UUID editionId, String tier) {
        AccreditationFile file = readable(fileId);
        requireBody(file.agencyId());
        if (editionId == null) {
            throw RuleViolation.onField("manualId", "selfassessment.file.manualRequired");
        }
        ManualEdition edition = manuals.edition(editionId);
        if (edition.status() != EditionStatus.PUBLISHED || file.programme() != edition.programme()) {
            throw RuleViolation.onField("manualId", "selfassessment.file.manualInvalid");
        }
        String chosen = tier == null || tier.isBlank() ? opening.defaultTier(edition.id()) : tier.strip();
        if (chosen != null && !manuals.tierNames(edition.id()).containsKey(chosen)) {
            throw RuleViolation.onField("tier", "selfassessment.file.tierInvalid", chosen);
        }
        if (!opening.untouched(file.id())) {
            throw new RuleViolation("selfassessment.file.workStarted");
        }
        files.repin(file.id(), edition.id(), chosen);
        AccreditationFile repinned = files.find(file.id()).orElseThrow(NotFoundException::new);
        int count = opening.fill(repinned);
        audit.record("ACCREDITATION_FILE_REPINNED", "accreditation-file", file.id().toString(), file.agencyId(),
                edition.code() + " " + edition.version() + " · " + chosen + " · " + count);
        return repinned;
    }

    LocalDate today(UUID agencyId) {
        return LocalDate.now(clock.withZone(organisations.get(agencyId).timeZone()));
    }

    private void requireBody(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        scope.requireWrite(agencyId);
        scope.requireRole(WorkflowRules.ACCREDITATION_BODY.toArray(Role[]::new));
    }

    /** Row-level security already hides foreign files; the explicit check keeps the answer a clear 404. */
    private AccreditationFile readable(UUID fileId) {
        AccreditationFile file = files.find(fileId).orElseThrow(NotFoundException::new);
        CurrentScope.get().requireRead(file.agencyId());
        return file;
    }

}
