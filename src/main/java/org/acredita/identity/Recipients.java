package org.acredita.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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
}
