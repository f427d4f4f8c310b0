package org.acredita.standards.internal;

import org.acredita.standards.Relationship;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.acredita.standards.format.ManualDocument;

/**
 * What changed from one edition to another. The later edition's crosswalk decides when it maps the
 * earlier one; standards it does not mention, and every standard when there is no crosswalk, are
 * matched by number.
 *
 * @param unchanged standards carried over with the same title and statement
 */
public record EditionComparison(List<ManualDocument.Standard> added, List<ManualDocument.Standard> removed,
        List<Change> changed, int unchanged) {

    private static final Comparator<ManualDocument.Standard> BY_NUMBER =
            (a, b) -> Arrays.compare(a.sortKey(), b.sortKey());

    /** A standard of the earlier edition and its counterpart in the later one. */
    public record Change(ManualDocument.Standard from, ManualDocument.Standard to, Relationship relationship) {
    }

    public static EditionComparison between(ManualDocument earlier, ManualDocument later) {
        Map<String, ManualDocument.Standard> before = byNumber(earlier);
        Map<String, ManualDocument.Standard> after = byNumber(later);
        Set<String> seenBefore = new HashSet<>();
        Set<String> seenAfter = new HashSet<>();
        List<ManualDocument.Standard> added = new ArrayList<>();
        List<ManualDocument.Standard> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        int unchanged = 0;
        ManualDocument.Crosswalk crosswalk = later.crosswalk();
        if (crosswalk != null && crosswalk.fromEdition().code().equals(earlier.code())
                && crosswalk.fromEdition().version().equals(earlier.version())) {
            for (ManualDocument.Entry entry : crosswalk.entries()) {
                ManualDocument.Standard from = entry.from() == null ? null : before.get(entry.from());
                ManualDocument.Standard to = entry.to() == null ? null : after.get(entry.to());
                if (from != null) {
                    seenBefore.add(from.number());
                }
                if (to != null) {
                    seenAfter.add(to.number());
                }
                if (from == null && to != null) {
                    added.add(to);
                } else if (to == null && from != null) {
                    removed.add(from);
                } else if (from != null && entry.relationship() == Relationship.EQUAL && sameText(from, to)) {
                    unchanged++;
                } else if (from != null) {
                    changed.add(new Change(from, to, entry.relationship()));
                }
            }
        }
        for (ManualDocument.Standard from : before.values()) {
            if (seenBefore.contains(from.number())) {
                continue;
            }
            ManualDocument.Standard to = seenAfter.contains(from.number()) ? null : after.get(from.number());
            if (to == null) {
                removed.add(from);
            } else {
                seenAfter.add(to.number());
                if (sameText(from, to)) {
                    unchanged++;
                } else {
                    changed.add(new Change(from, to, Relationship.INTERSECTS));
                }
            }
        }
        after.values().stream().filter(to -> !seenAfter.contains(to.number())).forEach(added::add);
        // The crosswalk lists entries in its own order; readers scan by number.
        added.sort(BY_NUMBER);
        removed.sort(BY_NUMBER);
        return new EditionComparison(List.copyOf(added), List.copyOf(removed), List.copyOf(changed), unchanged);
    }

    private static boolean sameText(ManualDocument.Standard from, ManualDocument.Standard to) {
        return Objects.equals(from.title(), to.title()) && Objects.equals(from.statement(), to.statement());
    }

    private static Map<String, ManualDocument.Standard> byNumber(ManualDocument document) {
        Map<String, ManualDocument.Standard> standards = new LinkedHashMap<>();
        document.standards().forEach(standard -> standards.put(standard.number(), standard));
        return standards;
    }
}
