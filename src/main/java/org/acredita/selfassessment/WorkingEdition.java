package org.acredita.selfassessment;

import java.util.Optional;
import java.util.UUID;
import org.acredita.agencies.AgencySummary;
import org.acredita.agencies.Agencies;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.standards.ManualEdition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manual edition an agency's work is measured against (its directives' coverage, for one): the edition its
 * newest accreditation file is pinned to; without a file, the latest published edition of its programme (the one it
 * is enrolled in, else the one written for its kind of agency).
 */
@Service
public class WorkingEdition {

    private final AccreditationFiles files;
    private final Agencies agencies;
    private final FileOpening opening;

    WorkingEdition(AccreditationFiles files, Agencies agencies, FileOpening opening) {
        this.files = files;
        this.agencies = agencies;
        this.opening = opening;
    }

    @Transactional(readOnly = true)
    public Optional<UUID> of(UUID agencyId) {
        Optional<UUID> pinned = files.of(agencyId).stream().findFirst().map(AccreditationFile::editionId);
        if (pinned.isPresent()) {
            return pinned;
        }
        AgencySummary agency = agencies.get(agencyId);
        AccreditationProgramme programme = agency.programme() != null ? agency.programme()
                : agency.profile() == null ? null : agency.profile().kind().programme();
        return programme == null ? Optional.empty() : opening.latestEdition(programme).map(ManualEdition::id);
    }
}
