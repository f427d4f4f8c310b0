package org.acredita.standards.internal;

import java.util.UUID;

/** The draft edition an import created, and how many standards it holds. */
public record ImportedManual(UUID id, int standards) {
}
