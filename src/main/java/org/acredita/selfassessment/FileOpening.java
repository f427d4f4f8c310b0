package org.acredita.selfassessment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.agencies.Agencies;
import org.acredita.agencies.AgencySummary;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.audit.AuditTrail;
import org.acredita.selfassessment.internal.ActivityRepository;
import org.acredita.selfassessment.internal.FileRepository;
import org.acredita.standards.ApplicabilityProfile;
import org.acredita.standards.Applicability;
import org.acredita.standards.EditionStatus;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import org.acredita.standards.format.ManualDocument;
import org.springframework.stereotype.Component;

/**
 * Opens a file on the latest published edition of the agency's programme and fills it with the standards that
 * apply to the agency's profile. Callers have checked who may do it; this runs in their transaction.
 */
@Component
class FileOpening {

    private final FileRepository files;
    private final ActivityRepository activity;
    private final Manuals manuals;
    private final Agencies agencies;
    private final AuditTrail audit;

    FileOpening(FileRepository files, ActivityRepository activity, Manuals manuals, Agencies agencies,
            AuditTrail audit) {
        this.files = files;
        this.activity = activity;
        this.manuals = manuals;
        this.agencies = agencies;
        this.audit = audit;
    }

    /** The newest published edition (by effective date) of the programme, if the body has published one. */
    Optional<ManualEdition> latestEdition(AccreditationProgramme programme) {
        return manuals.editions().stream()
                .filter(edition -> edition.status() == EditionStatus.PUBLISHED
                        && programme == edition.programme())
                .max(Comparator.comparing(ManualEdition::effectiveDate));
    }

    /** The edition's first tier stands in when the agency's profile does not say which tier it seeks. */
    String defaultTier(UUID editionId) {
        return manuals.tierNames(editionId).keySet().stream().findFirst().orElse(null);
    }

    AccreditationFile open(UUID agencyId, AccreditationProgramme programme, ManualEdition edition) {
        AccreditationFile file = new AccreditationFile(UUID.randomUUID(), agencyId, programme, edition.id(),
                defaultTier(edition.id()), null);
        files.insert(file);
        int count = fill(file);
        audit.record("ACCREDITATION_FILE_OPENED", "accreditation-file", file.id().toString(), agencyId,
                programme + " · " + edition.code() + " " + edition.version() + " · " + file.tier() + " · " + count);
        return file;
    }

    /** Stores the standards that apply, each with its level and reasons; returns how many. */
    int fill(AccreditationFile file) {
        List<FileStandard> applicable = applicable(file);
        files.insert(applicable);
        return applicable.size();
    }

    /** The standards of the file's edition and tier that apply to the agency's profile today, not started. */
    List<FileStandard> applicable(AccreditationFile file) {
        AgencySummary agency = agencies.get(file.agencyId());
        ApplicabilityProfile profile = agency.profile() == null ? new ApplicabilityProfile(file.tier(), null, null)
                : new ApplicabilityProfile(file.tier(), agency.profile().personnel(),
                        java.util.Set.copyOf(agency.profile().functions()));
        Map<String, ManualDocument.Standard> texts = manuals.document(file.editionId()).standards().stream()
                .collect(Collectors.toMap(ManualDocument.Standard::number, Function.identity()));
        List<FileStandard> applicable = manuals.applicability(file.editionId(), profile).stream()
                .filter(Applicability::applies)
                .map(decision -> new FileStandard(file.id(), file.agencyId(), decision.number(),
                        Integer.parseInt(decision.number().split("\\.")[0]), texts.get(decision.number()).title(),
                        decision.level(), decision.reasons(), StandardStatus.NOT_STARTED, null, null, null, null, null,
                        null, null))
                .toList();
        return applicable;
    }

    /** A fresh file records its opening once, so "no work yet" can be told from an untouched file. */
    boolean untouched(UUID fileId) {
        return !activity.anyWork(fileId);
    }
}
