package org.acredita.directives.internal;

import java.util.UUID;

/** A section of a directive in effect that satisfies an element, as coverage cites it. */
public record SectionRef(UUID directiveId, String directiveCode, String directiveTitle, UUID sectionId,
        String sectionNumber, String heading) {
}
