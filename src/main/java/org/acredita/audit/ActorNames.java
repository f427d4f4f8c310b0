package org.acredita.audit;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * People's names for the actors of audit events, given by the module that knows people (identity): the log shows
 * "Laura Méndez Ortiz", not the user name the event was recorded with. Without an implementation the log shows the
 * recorded user names.
 */
public interface ActorNames {

    /** The names of these people; unknown ids are left out. */
    Map<UUID, String> of(Collection<UUID> ids);

    /**
     * The names of the people holding these user names, for events recorded before the person was signed in
     * (accepting an invitation, signing in); unknown names (a mistyped sign-in) are left out.
     */
    Map<String, String> ofUsernames(Collection<String> usernames);

    /**
     * Both at once, in one read: the names of the people with these ids and of those holding these user names
     * (what a page of events needs: its actors and the people its summaries are about).
     */
    default Known named(Collection<UUID> ids, Collection<String> usernames) {
        return new Known(ids.isEmpty() ? Map.of() : of(ids), usernames.isEmpty() ? Map.of() : ofUsernames(usernames));
    }

    /** People's names by id and by user name; unknown ones are left out. */
    record Known(Map<UUID, String> byId, Map<String, String> byUsername) {

        public static final Known NONE = new Known(Map.of(), Map.of());
    }
}
