package org.acredita.identity.internal;

import java.time.Instant;
import java.util.UUID;

/** A personal access token as its owner sees it (never the secret after creation). */
public record AccessToken(UUID id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
        Instant lastUsedAt) {

    public boolean isActive(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
