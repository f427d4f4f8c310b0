package org.acredita.selfassessment.internal;

import org.acredita.selfassessment.StandardStatus;
import java.util.List;
import org.acredita.standards.Level;
import org.acredita.standards.Relationship;
import org.acredita.standards.Text;

/**
 * A standard of the new edition as a move to that edition leaves it.
 *
 * @param from         the earlier edition's standards it comes from (none for a new standard)
 * @param relationship how they relate, per the new edition's crosswalk (EQUAL when matched by number)
 * @param primary      the earlier standard whose record (history, comments, proofs) it continues, or null when it
 *                     starts afresh (new, or split from a standard another one continues)
 * @param before       the most advanced status among its earlier standards, or null
 * @param after        its status in the new edition
 */
public record PlannedStandard(String number, Text title, Level level, List<String> from, Relationship relationship,
        String primary, StandardStatus before, StandardStatus after, Review review) {

    public PlannedStandard {
        from = List.copyOf(from);
    }

    /** What a person should look at again after the move, and why. */
    public enum Review {
        /** Carried as it was: same requirement, same text. */
        NONE,
        /** The new edition adds it. */
        NEW,
        /** Its text or scope changed: accepted work goes back to in progress for a fresh review. */
        CHANGED,
        /** Several earlier standards became this one. */
        MERGED,
        /** It comes from a standard that became several. */
        SPLIT,
        /** A not-applicable decision or waiver does not carry to a changed standard: it must be asked again. */
        EXCEPTION_ENDED;

        public boolean needed() {
            return this != NONE;
        }
    }
}
