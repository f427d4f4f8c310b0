package org.acredita.identity.internal;

import java.util.UUID;

/** A new user and, when invited, the one-time path where they choose their password (shown once). */
public record CreatedUser(UUID id, String invitationPath) {
}
