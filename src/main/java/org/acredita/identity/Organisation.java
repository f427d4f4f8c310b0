package org.acredita.identity;

import java.time.ZoneId;
import java.util.UUID;
import org.acredita.access.OrganisationKind;

/** A party in the programme: an agency, the advisory organisation, the accreditation body or a funder. */
public record Organisation(UUID id, OrganisationKind kind, String name, String stateCode, ZoneId timeZone) {

    public boolean isAgency() {
        return kind == OrganisationKind.AGENCY;
    }

    /** The agency id rows of this organisation carry: its own id for an agency, none otherwise. */
    public UUID agencyId() {
        return isAgency() ? id : null;
    }
}
