package org.acredita.selfassessment;

import org.acredita.selfassessment.internal.MigrationPlan;
import org.acredita.selfassessment.internal.PlannedStandard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.selfassessment.internal.ActivityRepository;
import org.acredita.selfassessment.internal.FileRepository;
import org.acredita.standards.EditionStatus;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import org.acredita.standards.format.ManualDocument;
import org.acredita.storage.StoredFiles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a file to a later published edition of its manual ({@link EditionMove} holds the rules): the plan to
 * look at first, then the move in one transaction. Standards keep their record (history, comments, proofs)
 * under their new numbers; what the new edition dropped is kept, retired, under a reserved number; other
 * modules carry what they keep per standard on {@link FileMigrated}. The accreditation body decides the move.
 */
@Service
public class FileMigration {

    private final FileRepository files;
    private final ActivityRepository activity;
    private final AccreditationFiles reading;
    private final FileOpening opening;
    private final Manuals manuals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final StoredFiles storedFiles;

    FileMigration(FileRepository files, ActivityRepository activity, AccreditationFiles reading, FileOpening opening,
            Manuals manuals, AuditTrail audit, ApplicationEventPublisher events, StoredFiles storedFiles) {
        this.storedFiles = storedFiles;
        this.files = files;
        this.activity = activity;
        this.reading = reading;
        this.opening = opening;
        this.manuals = manuals;
        this.audit = audit;
        this.events = events;
    }

    /** Published editions of the file's programme that took effect after the one it is pinned to. */
    @Transactional(readOnly = true)
    public List<ManualEdition> targets(UUID fileId) {
        AccreditationFile file = reading.file(fileId);
        ManualEdition current = manuals.edition(file.editionId());
        return manuals.editions().stream().filter(edition -> edition.status() == EditionStatus.PUBLISHED
                && edition.programme().equals(current.programme()) && !edition.id().equals(current.id())
                && edition.effectiveDate().isAfter(current.effectiveDate())).toList();
    }

    @Transactional(readOnly = true)
    public MigrationPlan plan(UUID fileId, UUID editionId) {
        AccreditationFile file = reading.file(fileId);
        requireBody(file);
        return prepared(file, editionId).plan();
    }

    @Transactional
    public MigrationPlan migrate(UUID fileId, UUID editionId) {
        AccreditationFile file = reading.file(fileId);
        requireBody(file);
        files.lock(file.id());
        Prepared prepared = prepared(reading.file(fileId), editionId);
        List<FileStandard> current = files.standards(file.id());
        // Every current standard first goes to a temporary number, so new numbers may reuse old ones freely.
        Map<String, String> temporary = new LinkedHashMap<>();
        for (int i = 0; i < current.size(); i++) {
            String number = current.get(i).number();
            temporary.put(number, reserved(998, i));
            renumber(file, number, temporary.get(number));
        }
        Set<String> continued = new HashSet<>();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        Map<String, String> merged = new LinkedHashMap<>();
        for (EditionMove.Step step : prepared.steps()) {
            PlannedStandard planned = step.planned();
            sources.put(planned.number(), planned.from());
            if (planned.primary() != null) {
                continued.add(planned.primary());
                files.carry(temporary.get(planned.primary()), step.result());
                renumberRecords(file, temporary.get(planned.primary()), planned.number());
            } else {
                files.insert(List.of(step.result()));
                files.update(step.result());
            }
            record(file, planned);
        }
        int retiredBefore = files.retiredCount(file.id());
        List<String> retired = new ArrayList<>();
        for (FileStandard standard : current) {
            if (continued.contains(standard.number())) {
                continue;
            }
            String kept = reserved(999, retiredBefore + retired.size());
            files.retire(file.id(), temporary.get(standard.number()), kept, standard.number());
            renumberRecords(file, temporary.get(standard.number()), kept);
            retired.add(standard.number());
            prepared.steps().stream().filter(step -> step.planned().from().contains(standard.number())).findFirst()
                    .ifPresent(step -> merged.put(kept, step.planned().number()));
        }
        files.pin(file.id(), prepared.to().id(), prepared.tier());
        events.publishEvent(new FileMigrated(file.id(), file.agencyId(), prepared.from().id(), prepared.to().id(),
                sources, merged));
        MigrationPlan plan = prepared.plan();
        audit.record("ACCREDITATION_FILE_MIGRATED", "accreditation-file", file.id().toString(), file.agencyId(),
                prepared.from().code() + " " + prepared.from().version() + " → " + prepared.to().code() + " "
                        + prepared.to().version() + " · " + plan.carried() + " · " + plan.toReview().size() + " · "
                        + retired.size());
        return plan;
    }

    private void renumber(AccreditationFile file, String from, String to) {
        files.renumber(file.id(), from, to);
        renumberRecords(file, from, to);
    }

    /** History, comments and waiver documents follow the standard's number (proofs follow by foreign key). */
    private void renumberRecords(AccreditationFile file, String from, String to) {
        activity.renumber(file.id(), from, to);
        storedFiles.reassign(file.agencyId(), StandardWorkflow.WAIVER_DOCUMENT, file.id() + "/" + from,
                file.id() + "/" + to);
    }

    private record Prepared(ManualEdition from, ManualEdition to, String tier, List<EditionMove.Step> steps,
            List<String> retired, AccreditationFile file) {

        MigrationPlan plan() {
            return new MigrationPlan(file, from, to, tier, steps.stream().map(EditionMove.Step::planned).toList(),
                    retired);
        }
    }

    private Prepared prepared(AccreditationFile file, UUID editionId) {
        if (editionId == null) {
            throw RuleViolation.onField("manualId", "selfassessment.file.manualRequired");
        }
        ManualEdition from = manuals.edition(file.editionId());
        ManualEdition to = manuals.edition(editionId);
        if (targets(file.id()).stream().noneMatch(edition -> edition.id().equals(to.id()))) {
            throw RuleViolation.onField("manualId", "selfassessment.migration.target");
        }
        Map<String, Map<String, ManualDocument.Standard>> texts = new LinkedHashMap<>();
        ManualDocument later = manuals.document(to.id());
        String tier = file.tier() != null && manuals.tierNames(to.id()).containsKey(file.tier()) ? file.tier()
                : opening.defaultTier(to.id());
        AccreditationFile moved = new AccreditationFile(file.id(), file.agencyId(), file.programme(), to.id(), tier,
                file.createdAt());
        ManualDocument.Crosswalk crosswalk = later.crosswalk() != null
                && later.crosswalk().fromEdition().code().equals(from.code())
                && later.crosswalk().fromEdition().version().equals(from.version()) ? later.crosswalk() : null;
        texts.put("old", byNumber(manuals.document(from.id())));
        texts.put("new", byNumber(later));
        List<FileStandard> current = files.standards(file.id());
        List<EditionMove.Step> steps = EditionMove.plan(current, texts.get("old"), texts.get("new"),
                opening.applicable(moved), crosswalk);
        Set<String> continued = steps.stream().map(step -> step.planned().primary())
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<String> retired = current.stream().map(FileStandard::number)
                .filter(number -> !continued.contains(number)).toList();
        return new Prepared(from, to, tier, steps, retired, file);
    }

    private void record(AccreditationFile file, PlannedStandard planned) {
        AccessScope scope = CurrentScope.get();
        String note = (planned.from().isEmpty() ? "—" : String.join(", ", planned.from()))
                + (planned.relationship() == null ? "" : " · " + planned.relationship()) + " · " + planned.review();
        activity.record(file.id(), file.agencyId(), planned.number(), scope.userId(), scope.username(), "MIGRATED",
                planned.before(), planned.after(), note);
    }

    /** A number outside any manual (chapters 998 and 999) for a standard being moved or kept for the record. */
    static String reserved(int chapter, int index) {
        return chapter + "." + (index / 900 + 1) + "." + (index % 900 + 1);
    }

    private static Map<String, ManualDocument.Standard> byNumber(ManualDocument document) {
        return document.standards().stream()
                .collect(Collectors.toMap(ManualDocument.Standard::number, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private void requireBody(AccreditationFile file) {
        AccessScope scope = CurrentScope.get();
        scope.requireWrite(file.agencyId());
        scope.requireRole(WorkflowRules.ACCREDITATION_BODY.toArray(Role[]::new));
    }
}
