package org.acredita.agencies;

import org.acredita.standards.AccreditationProgramme;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.agencies.internal.StandingQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where many agencies stand at once, for summaries over a programme (dashboards, exports). Only
 * agencies the caller may read are answered; the others are left out as if not asked for.
 */
@Service
public class AgencyStandings {

    private final StandingQueries queries;

    AgencyStandings(StandingQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<AgencyStanding> of(Collection<UUID> agencyIds) {
        AccessScope scope = CurrentScope.get();
        List<UUID> readable = agencyIds.stream().filter(scope::canRead).toList();
        return queries.standings(readable).stream()
                .map(row -> new AgencyStanding(row.agencyId(), row.name(),
                        row.kind() == null ? null : AgencyKind.valueOf(row.kind()), row.stateCode(),
                        row.municipalityCode(), row.phase() == null ? null : Phase.valueOf(row.phase()),
                        row.programme() == null ? null : AccreditationProgramme.valueOf(row.programme()), row.agreementDate(),
                        row.deadline(), row.hearingDate(), row.awardDate(), row.awardExpires()))
                .toList();
    }

    /** When each of these agencies was first accredited; agencies never accredited are absent. */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> firstAccredited(Collection<UUID> agencyIds) {
        AccessScope scope = CurrentScope.get();
        return queries.firstAccredited(agencyIds.stream().filter(scope::canRead).toList());
    }
}
