package org.acredita.audit.internal;

/**
 * Where the events a reader asked for lie in the chain.
 *
 * @param first the smallest id, null when no event matches
 * @param last the largest id, null when no event matches
 */
public record AuditSpan(long events, Long first, Long last) {
}
