package org.acredita.directives;

import java.util.UUID;

/** A directive's draft version that nobody has approved (signed) yet. */
public record DraftAwaitingApproval(UUID agencyId, UUID directiveId, String code, String title, String label) {

    /** The directive's page, where its versions are approved. */
    public String link() {
        return "/agencies/" + agencyId + "/directives/" + directiveId;
    }
}
