package org.acredita.agencies;

import org.acredita.standards.AccreditationProgramme;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.agencies.internal.StandingQueries;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where many agencies stand at once, for summaries over a programme (dashboards, exports). Only
 * agencies the caller may read are answered; the others are left out as if not asked for.
 */
@Service
public class AgencyStandings {

    private final StandingQueries queries;
    private final Organisations organisations;

    AgencyStandings(StandingQueries queries, Organisations organisations) {
        this.queries = queries;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public List<AgencyStanding> of(Collection<UUID> agencyIds) {
        AccessScope scope = CurrentScope.get();
        List<UUID> readable = agencyIds.stream().filter(scope::canRead).toList();
        Map<UUID, Organisation> names = organisations.visible().stream().filter(Organisation::isAgency)
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return queries.standings(readable).stream().filter(row -> names.containsKey(row.agencyId()))
                .map(row -> new AgencyStanding(row.agencyId(), names.get(row.agencyId()).name(),
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
