package org.acredita.storage.internal;

import java.time.Instant;

/**
 * A content as the store lists it.
 *
 * @param sha256   its identity in the store
 * @param storedAt the last time these bytes were stored (received again, the time is renewed)
 */
public record KeptContent(String sha256, Instant storedAt) {
}
