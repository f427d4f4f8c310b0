package org.acredita.selfassessment;

import org.acredita.standards.AccreditationProgramme;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.selfassessment.internal.FileRepository;
import org.acredita.selfassessment.internal.RestoreRows;
import org.acredita.standards.EditionStatus;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import org.acredita.standards.format.ManualDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restores a whole accreditation file brought from another Acredita instance (see the portability module):
 * the accreditation body's programme staff only, for an agency without a file in that programme, pinned to a
 * published edition here that holds every one of its standards. Standards, comments and history are written
 * as given, in the caller's transaction, and audited.
 */
@Service
public class FileRestore {

    private final FileRepository files;
    private final RestoreRows rows;
    private final Manuals manuals;
    private final AuditTrail audit;

    FileRestore(FileRepository files, RestoreRows rows, Manuals manuals, AuditTrail audit) {
        this.files = files;
        this.rows = rows;
        this.manuals = manuals;
        this.audit = audit;
    }

    /** Whether the caller may restore a file for this agency (the accreditation body, as for opening one). */
    public boolean mayRestore(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.canWrite(agencyId) && scope.hasAnyRole(WorkflowRules.ACCREDITATION_BODY.toArray(Role[]::new));
    }

    /** Whether the agency already has a file in the programme (a restore would be refused). */
    @Transactional(readOnly = true)
    public boolean hasFile(UUID agencyId, org.acredita.standards.AccreditationProgramme programme) {
        CurrentScope.get().requireRead(agencyId);
        return files.exists(agencyId, programme);
    }

    @Transactional
    public AccreditationFile restore(RestoredFile restored) {
        AccessScope scope = CurrentScope.get();
        scope.requireWrite(restored.agencyId());
        scope.requireRole(WorkflowRules.ACCREDITATION_BODY.toArray(Role[]::new));
        ManualEdition edition = manuals.edition(restored.editionId());
        if (edition.status() != EditionStatus.PUBLISHED || restored.programme() != edition.programme()) {
            throw RuleViolation.onField("manualId", "selfassessment.file.manualInvalid");
        }
        if (restored.tier() != null && !manuals.tierNames(edition.id()).containsKey(restored.tier())) {
            throw RuleViolation.onField("tier", "selfassessment.file.tierInvalid", restored.tier());
        }
        if (files.exists(restored.agencyId(), restored.programme())) {
            throw new RuleViolation("selfassessment.file.exists");
        }
        Map<String, ManualDocument.Standard> texts = manuals.document(edition.id()).standards().stream()
                .collect(Collectors.toMap(ManualDocument.Standard::number, Function.identity()));
        AccreditationFile file = new AccreditationFile(UUID.randomUUID(), restored.agencyId(), restored.programme(),
                edition.id(), restored.tier(), null);
        files.insert(file);
        for (RestoredStandard standard : restored.standards()) {
            ManualDocument.Standard text = texts.get(standard.number());
            if (text == null) {
                throw new NotFoundException();
            }
            rows.standard(file, standard, Integer.parseInt(standard.number().split("\\.")[0]), text.title());
            standard.comments().forEach(comment -> rows.comment(file, standard.number(), comment));
            standard.history().forEach(entry -> rows.event(file, standard.number(), entry));
        }
        audit.record("ACCREDITATION_FILE_RESTORED", "accreditation-file", file.id().toString(), file.agencyId(),
                edition.code() + " " + edition.version() + " · " + restored.tier() + " · "
                        + restored.standards().size());
        return files.find(file.id()).orElseThrow(NotFoundException::new);
    }
}
