package org.acredita.standards.internal;

import org.acredita.standards.Level;

/**
 * What the search page looks for among an edition's standards; null or blank means any.
 *
 * @param q the start of a number (4.2) or words in either language, accents ignored
 * @param tier a tier code (BASIC...)
 * @param function an agency function code (K9...)
 */
public record SearchCriteria(String q, Level level, Boolean timeSensitive, String tier, String function) {

    public SearchCriteria {
        q = blankToNull(q);
        tier = blankToNull(tier);
        function = blankToNull(function);
    }

    public boolean isEmpty() {
        return q == null && level == null && timeSensitive == null && tier == null && function == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
