package org.acredita.directives.internal;

import java.util.List;
import java.util.UUID;

/** A numbered section of a directive version and the manual elements it satisfies. */
public record Section(UUID id, UUID versionId, String number, String heading, String excerpt,
        List<ElementMapping> mappings) {
}
