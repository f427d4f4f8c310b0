package org.acredita.directives.internal;

import java.util.UUID;

/** A policy, general order or other written directive of an agency, known by its code (e.g. "OG-4.1"). */
public record Directive(UUID id, UUID agencyId, String code, String title, Kind kind, String owner) {
}
