package org.acredita.identity;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.acredita.identity.internal.UsernameQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People by their user name, which stays the same from one Acredita instance to another while their ids do
 * not: what an exported accreditation file names its assignees by, and how an import finds them again. User
 * names are shown to everyone already (mentions in comments), so any signed-in caller may read them.
 */
@Service
public class Usernames {

    private final UsernameQueries queries;

    Usernames(UsernameQueries queries) {
        this.queries = queries;
    }

    /** The user names of these people; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, String> of(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : queries.usernames(ids);
    }

    /** The ids of the people holding these user names here; unknown names are left out. */
    @Transactional(readOnly = true)
    public Map<String, UUID> ids(Collection<String> usernames) {
        return usernames.isEmpty() ? Map.of() : queries.ids(usernames);
    }
}
