package org.acredita.identity;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.acredita.audit.ActorNames;
import org.acredita.identity.internal.UsernameQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names people go by (display names), for pages that record who did something by id: the audit log, an
 * agency's timeline. Names are shown beside people's work everywhere already, so any signed-in caller may read them.
 */
@Service
public class PeopleNames implements ActorNames {

    private final UsernameQueries queries;

    PeopleNames(UsernameQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> of(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : queries.displayNames(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> ofUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> ids = queries.ids(usernames);
        Map<UUID, String> names = queries.displayNames(ids.values());
        Map<String, String> byUsername = new java.util.HashMap<>();
        ids.forEach((username, id) -> {
            if (names.containsKey(id)) {
                byUsername.put(username, names.get(id));
            }
        });
        return byUsername;
    }

    /** One query for both, however many ids and user names. */
    @Override
    @Transactional(readOnly = true)
    public Known named(Collection<UUID> ids, Collection<String> usernames) {
        if (ids.isEmpty() && usernames.isEmpty()) {
            return Known.NONE;
        }
        UsernameQueries.Names names = queries.displayNames(ids, usernames);
        return new Known(names.byId(), names.byUsername());
    }
}
