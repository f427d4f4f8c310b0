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
 * event is about when its summary is only that person's user name.
 */
@Component
public class AuditNames {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final ObjectProvider<ActorNames> actorNames;

    AuditNames(ObjectProvider<ActorNames> actorNames) {
        this.actorNames = actorNames;
    }

    /**
     * People's names for the actors, by event id: by the recorded person, else by the user name an event before
     * sign-in was recorded with; an actor without a name (a mistyped sign-in) is left out.
     */
    public Map<Long, String> actors(Collection<AuditEntry> entries) {
        ActorNames names = actorNames.getIfAvailable();
        if (names == null || entries.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> byId = names.of(entries.stream().map(AuditEntry::actorId).filter(Objects::nonNull)
                .distinct().toList());
        Map<String, String> byUsername = names.ofUsernames(entries.stream()
                .filter(entry -> entry.actorId() == null && entry.actorName() != null)
                .map(AuditEntry::actorName).distinct().toList());
        Map<Long, String> byEvent = new HashMap<>();
        for (AuditEntry entry : entries) {
            String name = entry.actorId() != null ? byId.get(entry.actorId()) : byUsername.get(entry.actorName());
            if (name != null) {
                byEvent.put(entry.id(), name);
            }
        }
        return byEvent;
    }

    /**
     * For events whose summary is only the user name of the person they are about (a password changed, an
     * invitation accepted): that person's name with the user name, by event id.
     */
    public Map<Long, String> peopleInSummaries(Collection<AuditEntry> entries) {
        ActorNames names = actorNames.getIfAvailable();
        List<AuditEntry> aboutOnePerson = entries.stream()
                .filter(entry -> entry.summary() != null && USERNAME.matcher(entry.summary()).matches()).toList();
        if (names == null || aboutOnePerson.isEmpty()) {
            return Map.of();
        }
        Map<String, String> byUsername = names.ofUsernames(aboutOnePerson.stream().map(AuditEntry::summary)
                .distinct().toList());
        Map<Long, String> byEvent = new HashMap<>();
        for (AuditEntry entry : aboutOnePerson) {
            String name = byUsername.get(entry.summary());
            if (name != null) {
                byEvent.put(entry.id(), name + " (" + entry.summary() + ")");
            }
        }
        return byEvent;
    }
}
