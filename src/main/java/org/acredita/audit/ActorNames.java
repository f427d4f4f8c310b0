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
}
