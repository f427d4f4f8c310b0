package org.acredita.selfassessment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.acredita.identity.Organisation;
import org.acredita.selfassessment.internal.FileRepository;
import org.acredita.standards.Manuals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an agency reads the standards its plans and assessments cite: the standard's page in its newest accreditation
 * file, else in the manual edition its work is measured against ({@link WorkingEdition}). Two queries per page, however
 * many numbers it shows.
 */
@Service
public class AgencyStandards {

    private final AccreditationFiles files;
    private final WorkingEdition working;
    private final Manuals manuals;
    private final FileRepository repository;

    AgencyStandards(AccreditationFiles files, WorkingEdition working, Manuals manuals, FileRepository repository) {
        this.files = files;
        this.working = working;
        this.manuals = manuals;
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public StandardReferences of(UUID agencyId) {
        return of(files.of(agencyId), agencyId);
    }

    /** For an agency the caller already read through its gate, without reading it again. */
    @Transactional(readOnly = true)
    public StandardReferences of(Organisation agency) {
        return of(files.of(agency), agency.id());
    }

    private StandardReferences of(List<AccreditationFile> newestFirst, UUID agencyId) {
        Optional<AccreditationFile> file = newestFirst.stream().findFirst();
        Optional<UUID> edition = file.map(AccreditationFile::editionId).or(() -> working.of(agencyId));
        if (edition.isEmpty()) {
            return StandardReferences.NONE;
        }
        Set<String> inFile = file.map(f -> repository.numbers(f.id())).orElse(Set.of());
        return new StandardReferences(file.map(AccreditationFile::id).orElse(null), inFile, edition.get(),
                Set.copyOf(manuals.elementLetters(edition.get()).keySet()));
    }
}
