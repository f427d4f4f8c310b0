package org.acredita.selfassessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.selfassessment.internal.ComplianceQueries;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What metrics over accreditation files read: the status changes of a file over time, and every file the
 * caller may read with its standards in a fixed number of queries however many files there are.
 */
@Service
public class ComplianceHistory {

    private final ComplianceQueries queries;
    private final AccreditationFiles files;
    private final Organisations organisations;
    private final Clock clock;

    ComplianceHistory(ComplianceQueries queries, AccreditationFiles files, Organisations organisations, Clock clock) {
        this.queries = queries;
        this.files = files;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The file's status changes, oldest first; another agency's file is not found. */
    @Transactional(readOnly = true)
    public List<StatusChange> changes(UUID fileId) {
        return queries.changes(files.file(fileId).id());
    }

    /**
     * Every file the caller may read, newest first per agency, with its standards in number order and its
     * agency's today; the people map is left empty. Three queries in all.
     */
    @Transactional(readOnly = true)
    public List<FileContents> readableFiles() {
        AccessScope scope = CurrentScope.get();
        Map<UUID, Organisation> agencies = organisations.visible().stream().filter(Organisation::isAgency)
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<AccreditationFile> readable = queries.files().stream()
                .filter(file -> scope.canRead(file.agencyId()) && agencies.containsKey(file.agencyId())).toList();
        Map<UUID, List<FileStandard>> standards = queries.standards(readable.stream().map(AccreditationFile::id)
                .toList());
        return readable.stream().map(file -> new FileContents(file, standards.getOrDefault(file.id(), List.of()),
                Map.of(), today(agencies.get(file.agencyId()).timeZone()))).toList();
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }
}
