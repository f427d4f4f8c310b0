package org.acredita.directives.internal;

import java.util.UUID;

/**
 * A section satisfies this element of a standard of a manual edition.
 *
 * @param elementLetter null for a standard without lettered elements, which is satisfied as a whole
 */
public record ElementMapping(UUID id, UUID sectionId, UUID editionId, String standardNumber, String elementLetter) {

    /** "4.2.2 b", or "4.1.1" for a standard without elements. */
    public String reference() {
        return elementLetter == null ? standardNumber : standardNumber + " " + elementLetter;
    }
}
