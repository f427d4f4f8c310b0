package org.acredita.personnel.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.personnel.Person;

/**
 * A roster file against the roster it would replace: who is new, changed and separated, which units and ranks
 * the file adds to the agency's lists, and the rows to write. Computed the same way for the preview and for the
 * commit, so what is committed is what was shown.
 */
public record RosterDiff(List<RosterChange> changes, int unchanged, Map<String, UUID> newUnits,
        Map<String, UUID> newRanks, List<Person> added, List<Person> changed) {

    public long count(RosterChange.Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }

    public List<RosterChange> of(RosterChange.Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }

    /** Whether this diff is the one the person confirmed (same counts of new, changed and separated people). */
    public boolean matches(long newPeople, long changedPeople, long separatedPeople) {
        return count(RosterChange.Kind.NEW) == newPeople && count(RosterChange.Kind.CHANGED) == changedPeople
                && count(RosterChange.Kind.SEPARATED) == separatedPeople;
    }
}
