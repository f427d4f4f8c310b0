package org.acredita.portability.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The people of a manifest found here, by user name: the agency's own people (who may be assigned work and
 * own proofs) and everybody who may read the agency (whose comments and history keep their id).
 */
public record People(Map<String, UUID> agencyPeople, Map<String, UUID> readers) {

    public UUID ofAgency(String username) {
        return username == null ? null : agencyPeople.get(username);
    }

    public UUID reader(String name) {
        return name == null ? null : readers.get(name);
    }

    /** Every name the manifest gives for people: assignees, authors, actors, proof givers. */
    public static Set<String> named(Manifest manifest) {
        Set<String> names = new java.util.TreeSet<>();
        for (Manifest.Standard s : manifest.standards()) {
            if (s.assignee() != null && s.assignee().username() != null) {
                names.add(s.assignee().username());
            }
            nullSafe(s.comments()).forEach(c -> names.add(c.author()));
            nullSafe(s.history()).forEach(h -> names.add(h.actor()));
            nullSafe(s.proofs()).stream().filter(p -> p.createdBy() != null).forEach(p -> names.add(p.createdBy()));
        }
        return names;
    }

    private static <T> java.util.List<T> nullSafe(java.util.List<T> list) {
        return list == null ? java.util.List.of() : list;
    }
}
