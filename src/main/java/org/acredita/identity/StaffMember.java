package org.acredita.identity;

import java.util.UUID;

/** A partner organisation's person as other modules name them: advisors, regional managers, assessors. */
public record StaffMember(UUID id, String displayName, UUID organisationId, String organisationName) {
}
