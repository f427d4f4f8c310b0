package org.acredita.access;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Which agencies a scope reaches for one kind of access: all of them, some, or none. */
public record Reach(boolean all, Set<UUID> agencies) {

    public static final Reach ALL = new Reach(true, Set.of());
    public static final Reach NONE = new Reach(false, Set.of());

    public Reach {
        agencies = Set.copyOf(agencies);
    }

    public static Reach of(Set<UUID> agencies) {
        return agencies.isEmpty() ? NONE : new Reach(false, agencies);
    }

    public boolean includes(UUID agencyId) {
        return all || (agencyId != null && agencies.contains(agencyId));
    }

    public Reach union(Reach other) {
        if (all || other.all) {
            return ALL;
        }
        var merged = new java.util.HashSet<>(agencies);
        merged.addAll(other.agencies);
        return of(merged);
    }

    /** The form PostgreSQL's policies read: '*' for all, else a comma-separated list of ids. */
    public String asSetting() {
        return all ? "*" : agencies.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }
}
