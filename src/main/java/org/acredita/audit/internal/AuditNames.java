package org.acredita.audit.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.acredita.audit.ActorNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * People's names for a batch of events, for the log page and its exports alike: who acted, and the person an
 * event is about when its summary is only that person's user name. Both are read in one look-up per batch.
 */
@Component
public class AuditNames {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final ObjectProvider<ActorNames> actorNames;

    AuditNames(ObjectProvider<ActorNames> actorNames) {
        this.actorNames = actorNames;
    }

    /**
     * The names of a batch, by event id.
     *
     * @param actors who acted: by the recorded person, else by the user name an event before sign-in was recorded
     *     with; an actor without a name (a mistyped sign-in) is left out
     * @param people for events whose summary is only the user name of the person they are about (a password
     *     changed, an invitation accepted): that person's name with the user name
     */
    public record Named(Map<Long, String> actors, Map<Long, String> people) {
    }

    public Named of(Collection<AuditEntry> entries) {
        ActorNames names = actorNames.getIfAvailable();
        if (names == null || entries.isEmpty()) {
            return new Named(Map.of(), Map.of());
        }
        List<AuditEntry> aboutOnePerson = entries.stream()
                .filter(entry -> entry.summary() != null && USERNAME.matcher(entry.summary()).matches()).toList();
        List<UUID> ids = entries.stream().map(AuditEntry::actorId).filter(Objects::nonNull).distinct().toList();
        List<String> usernames = java.util.stream.Stream.concat(
                entries.stream().filter(entry -> entry.actorId() == null && entry.actorName() != null)
                        .map(AuditEntry::actorName),
                aboutOnePerson.stream().map(AuditEntry::summary)).distinct().toList();
        ActorNames.Known known = names.named(ids, usernames);
        Map<Long, String> actors = new HashMap<>();
        for (AuditEntry entry : entries) {
            String name = entry.actorId() != null ? known.byId().get(entry.actorId())
                    : entry.actorName() == null ? null : known.byUsername().get(entry.actorName());
            if (name != null) {
                actors.put(entry.id(), name);
            }
        }
        Map<Long, String> people = new HashMap<>();
        for (AuditEntry entry : aboutOnePerson) {
            String name = known.byUsername().get(entry.summary());
            if (name != null) {
                people.put(entry.id(), name + " (" + entry.summary() + ")");
            }
        }
        return new Named(actors, people);
    }
}
