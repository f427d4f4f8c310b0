package org.acredita.directives.internal;

import java.util.List;

/**
 * Whether an element is satisfied by sections of directives in effect.
 *
 * @param letter null for a standard without lettered elements
 */
public record ElementCoverage(String letter, List<SectionRef> sections) {

    public boolean covered() {
        return !sections.isEmpty();
    }
}
