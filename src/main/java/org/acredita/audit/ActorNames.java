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
}
