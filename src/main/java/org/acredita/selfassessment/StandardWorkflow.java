package org.acredita.selfassessment;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.selfassessment.internal.ActivityRepository;
import org.acredita.selfassessment.internal.FileRepository;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.StoredFile;
import org.acredita.storage.StoredFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work on the standards of a file: status moves ({@link WorkflowRules}), assignee, due date and notes, bulk
 * assignment of a chapter, comments. Each change is checked whole, written with its history entry, and audited.
 */
@Service
public class StandardWorkflow {

    /** Who assigns work and sets due dates: the agency's leadership and the programme's staff. */
    static final Set<Role> PLANNERS = EnumSet.of(Role.ACCREDITATION_MANAGER, Role.AGENCY_CEO,
            Role.PROGRAMME_MANAGER, Role.ADMIN);
    /** Who keeps the internal notes: the planners and the agency's staff doing the work. */
    static final Set<Role> NOTE_TAKERS = EnumSet.of(Role.ACCREDITATION_MANAGER, Role.AGENCY_CEO,
            Role.PROGRAMME_MANAGER, Role.ADMIN, Role.AGENCY_STAFF);

    /** Owner type of waiver documents in the file store; the owner id is "fileId/number". */
    public static final String WAIVER_DOCUMENT = "waiver-document";

    private final FileRepository files;
    private final ActivityRepository activity;
    private final AccreditationFiles reading;
    private final Staff staff;
    private final StoredFiles storedFiles;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    StandardWorkflow(FileRepository files, ActivityRepository activity, AccreditationFiles reading, Staff staff,
            StoredFiles storedFiles, AuditTrail audit, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.files = files;
        this.activity = activity;
        this.reading = reading;
        this.staff = staff;
        this.storedFiles = storedFiles;
        this.audit = audit;
    }

    /** Whether the caller may assign work and set due dates in the agency's file. */
    public boolean mayPlan(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.canWrite(agencyId) && scope.hasAnyRole(PLANNERS.toArray(Role[]::new));
    }

    @Transactional
    public FileStandard act(UUID fileId, String number, StandardAction action, String note, Integer months) {
        AccreditationFile file = writable(fileId);
        FileStandard current = editable(files.forUpdate(file.id(), number).orElseThrow(NotFoundException::new));
        String cleaned = clean(note);
        FileStandard changed = WorkflowRules.apply(current, action, CurrentScope.get().roles(), cleaned, months,
                reading.today(file.agencyId()));
        files.update(changed);
        String why = action == StandardAction.REQUEST_WAIVER ? cleaned + " (" + months + ")" : cleaned;
        boolean moved = current.status() != changed.status();
        record(file, number, action.name(), moved ? current.status() : null, moved ? changed.status() : null, why);
        audit.record("FILE_STANDARD_" + action.name(), "file-standard", file.id() + "/" + number, file.agencyId(),
                number + " · " + current.status() + " → " + changed.status() + (why == null ? "" : " · " + why));
        if (StandardDecided.isDecision(action)) {
            AccessScope scope = CurrentScope.get();
            events.publishEvent(new StandardDecided(file.id(), file.agencyId(), number, current.title(), action,
                    current.request(), current.assigneeId(), scope.userId(), scope.username(), cleaned,
                    UUID.randomUUID()));
        }
        return changed;
    }

    /** Sets the assignee, due date and notes as given (null clears); only planners change the first two. */
    @Transactional
    public FileStandard plan(UUID fileId, String number, UUID assignee, LocalDate due, String notes) {
        AccreditationFile file = writable(fileId);
        AccessScope scope = CurrentScope.get();
        scope.requireRole(NOTE_TAKERS.toArray(Role[]::new));
        FileStandard current = editable(files.forUpdate(file.id(), number).orElseThrow(NotFoundException::new));
        boolean replanned = !Objects.equals(assignee, current.assigneeId()) || !Objects.equals(due, current.dueDate());
        if (replanned && !scope.hasAnyRole(PLANNERS.toArray(Role[]::new))) {
            throw new ForbiddenException();
        }
        String cleaned = clean(notes);
        if (cleaned != null && cleaned.length() > WorkflowRules.MAX_TEXT) {
            throw RuleViolation.onField("notes", "selfassessment.text.tooLong", WorkflowRules.MAX_TEXT);
        }
        String who = assigneeName(file.agencyId(), assignee);
        FileStandard changed = current.planned(assignee, due, cleaned);
        files.update(changed);
        String summary = (who == null ? "—" : who) + " · " + (due == null ? "—" : due);
        record(file, number, "PLANNED", null, null, summary);
        audit.record("FILE_STANDARD_PLANNED", "file-standard", file.id() + "/" + number, file.agencyId(),
                number + " · " + summary);
        return changed;
    }

    /** Assigns every standard of a chapter to one person with one due date; returns how many changed. */
    @Transactional
    public int assignChapter(UUID fileId, Integer chapter, UUID assignee, LocalDate due) {
        AccreditationFile file = writable(fileId);
        CurrentScope.get().requireRole(PLANNERS.toArray(Role[]::new));
        if (chapter == null) {
            throw RuleViolation.onField("chapter", "selfassessment.chapter.required");
        }
        if (assignee == null) {
            throw RuleViolation.onField("assignee", "selfassessment.assignee.required");
        }
        String who = assigneeName(file.agencyId(), assignee);
        List<FileStandard> standards = files.chapterForUpdate(file.id(), chapter);
        if (standards.isEmpty()) {
            throw RuleViolation.onField("chapter", "selfassessment.chapter.empty", chapter);
        }
        String summary = who + " · " + (due == null ? "—" : due);
        for (FileStandard standard : standards) {
            files.update(standard.planned(assignee, due, standard.notes()));
            record(file, standard.number(), "ASSIGNED", null, null, summary);
        }
        audit.record("FILE_CHAPTER_ASSIGNED", "accreditation-file", file.id().toString(), file.agencyId(),
                chapter + " · " + standards.size() + " · " + summary);
        return standards.size();
    }

    /**
     * Where {@link StandardCommented} and {@link StandardDecided} go. Set by Spring (not through the constructor) so this addition stays
     * next to the one method that uses it.
     */
    private ApplicationEventPublisher events;

    @Autowired
    void setEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * Adds a comment and tells the listeners ({@link StandardCommented}, e.g. to notify the people mentioned)
     * inside the same transaction, so the comment and what follows from it commit together or not at all.
     */
    @Transactional
    public StandardComment comment(UUID fileId, String number, String body) {
        AccreditationFile file = writable(fileId);
        FileStandard standard = files.standard(file.id(), number).orElseThrow(NotFoundException::new);
        String cleaned = clean(body);
        if (cleaned == null) {
            throw RuleViolation.onField("body", "selfassessment.comment.required");
        }
        if (cleaned.length() > WorkflowRules.MAX_TEXT) {
            throw RuleViolation.onField("body", "selfassessment.text.tooLong", WorkflowRules.MAX_TEXT);
        }
        AccessScope scope = CurrentScope.get();
        StandardComment comment = activity.comment(file.id(), file.agencyId(), number, scope.userId(),
                scope.username(), cleaned);
        audit.record("FILE_STANDARD_COMMENTED", "file-standard", file.id() + "/" + number, file.agencyId(),
                number + " · " + (cleaned.length() > 120 ? cleaned.substring(0, 120) + "…" : cleaned));
        events.publishEvent(StandardCommented.of(standard, comment));
        return comment;
    }

    /** A document supporting a waiver request (or a granted waiver), kept with the standard. */
    /** Checks, takes the bytes into the file store outside any transaction, then records them in a short one. */
    public StoredFile addWaiverDocument(UUID fileId, String number, String fileName, InputStream content) {
        AccreditationFile writable = writable(fileId);
        CurrentScope.get().requireRole(WorkflowRules.AGENCY.toArray(Role[]::new));
        requireWaiver(reading.fileStandard(writable.id(), number));
        ReceivedFile received = storedFiles.receive(writable.agencyId(), fileName, content);
        return transactions.execute(status -> recordWaiverDocument(fileId, number, received));
    }

    private StoredFile recordWaiverDocument(UUID fileId, String number, ReceivedFile received) {
        AccreditationFile file = writable(fileId);
        CurrentScope.get().requireRole(WorkflowRules.AGENCY.toArray(Role[]::new));
        requireWaiver(files.forUpdate(file.id(), number).orElseThrow(NotFoundException::new));
        StoredFile stored = storedFiles.record(received, WAIVER_DOCUMENT, file.id() + "/" + number);
        record(file, number, "WAIVER_DOCUMENT", null, null, stored.originalName());
        audit.record("FILE_STANDARD_WAIVER_DOCUMENT", "file-standard", file.id() + "/" + number, file.agencyId(),
                number + " · " + stored.originalName());
        return stored;
    }

    private static void requireWaiver(FileStandard standard) {
        if (standard.request() != ExceptionRequest.WAIVER && standard.status() != StandardStatus.WAIVED) {
            throw RuleViolation.onField("file", "selfassessment.waiver.documentNeedsRequest");
        }
    }

    /** A standard kept from an earlier edition is read-only: its record stays as it was. */
    private static FileStandard editable(FileStandard standard) {
        if (standard.retired()) {
            throw new RuleViolation("selfassessment.retired.readOnly");
        }
        return standard;
    }

    private void record(AccreditationFile file, String number, String action, StandardStatus from,
            StandardStatus to, String note) {
        AccessScope scope = CurrentScope.get();
        activity.record(file.id(), file.agencyId(), number, scope.userId(), scope.username(), action, from, to, note);
    }

    /** An assignee must be one of the agency's own enabled people. */
    private String assigneeName(UUID agencyId, UUID assignee) {
        if (assignee == null) {
            return null;
        }
        return staff.ofAgency(agencyId).stream().filter(person -> person.id().equals(assignee)).findFirst()
                .map(StaffMember::displayName)
                .orElseThrow(() -> RuleViolation.onField("assignee", "selfassessment.assignee.invalid"));
    }

    private AccreditationFile writable(UUID fileId) {
        AccreditationFile file = reading.file(fileId);
        CurrentScope.get().requireWrite(file.agencyId());
        return file;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
