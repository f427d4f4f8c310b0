package org.acredita.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.identity.internal.RecipientQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who should hear about an agency: its chief executive and accreditation managers, and the advisors and
 * regional managers assigned to it. Enabled accounts only. Staff, assessors and commissioners are left
 * out on purpose: reminders go to the people who can act on the agency's deadlines.
 */
@Service
public class Recipients {

    private final RecipientQueries queries;

    Recipients(RecipientQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<Recipient> of(UUID agencyId) {
        return forAgencies(List.of(agencyId)).getOrDefault(agencyId, List.of());
    }

    /** For many agencies in one query, keyed by agency; agencies the caller may not read are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, List<Recipient>> forAgencies(Collection<UUID> agencyIds) {
        AccessScope scope = CurrentScope.get();
        List<UUID> readable = agencyIds.stream().distinct().filter(scope::canRead).toList();
        if (readable.isEmpty()) {
            return Map.of();
        }
        return queries.forAgencies(readable).stream()
                .collect(Collectors.groupingBy(Recipient::agencyId, Collectors.toList()));
    }

    /**
     * Of these people (keyed by the agency they should hear about), those enabled who may read that agency,
     * by the same rules as their own sign-in: e.g. whom an assignment of the agency's work may be reminded
     * to. Agencies the caller may not read are left out.
     */
    @Transactional(readOnly = true)
    public List<Recipient> readers(Map<UUID, ? extends Collection<UUID>> peopleByAgency) {
        AccessScope scope = CurrentScope.get();
        List<UUID> agencies = new ArrayList<>();
        List<UUID> people = new ArrayList<>();
        peopleByAgency.forEach((agency, ids) -> {
            if (scope.canRead(agency)) {
                ids.stream().filter(Objects::nonNull).distinct().forEach(id -> {
                    agencies.add(agency);
                    people.add(id);
                });
            }
        });
        return people.isEmpty() ? List.of() : queries.readers(agencies, people);
    }

    /** The enabled administrators, who hear of what threatens accounts (e.g. {@link SignInPatternSeen}); the system only. */
    @Transactional(readOnly = true)
    public List<Recipient> administrators() {
        return CurrentScope.get().isSystem() ? queries.administrators() : List.of();
    }

    /** The agency's enabled accreditation managers (nobody when the caller may not read the agency). */
    @Transactional(readOnly = true)
    public List<Recipient> accreditationManagers(UUID agencyId) {
        return CurrentScope.get().canRead(agencyId) ? queries.accreditationManagers(agencyId) : List.of();
    }

    /**
     * The accreditation body's enabled programme managers, to hear about something the agency handed in (nobody when
     * the caller may not read the agency).
     */
    @Transactional(readOnly = true)
    public List<Recipient> programmeManagers(UUID agencyId) {
        return CurrentScope.get().canRead(agencyId) ? queries.programmeManagers(agencyId) : List.of();
    }

    /**
     * The enabled people with these user names who may read the agency: its own people, the advisors and
     * others assigned to it, the accreditation body's programme staff. Unknown names, disabled accounts and
     * people without access are left out, indistinguishably; so is everything when the caller may not read
     * the agency.
     */
    @Transactional(readOnly = true)
    public List<Recipient> readersNamed(UUID agencyId, Collection<String> usernames) {
        List<String> names = usernames.stream().filter(Objects::nonNull)
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> name.matches("[a-z0-9][a-z0-9._-]{2,59}")).distinct().toList();
        if (names.isEmpty() || !CurrentScope.get().canRead(agencyId)) {
            return List.of();
        }
        return queries.readersNamed(agencyId, names);
    }
}
