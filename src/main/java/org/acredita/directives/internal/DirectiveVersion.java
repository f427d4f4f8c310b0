package org.acredita.directives.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a directive.
 *
 * @param supersededBy the version whose taking effect ended this one
 * @param body the directive's text when it is kept as text rather than (or besides) a file
 */
public record DirectiveVersion(UUID id, UUID agencyId, UUID directiveId, String label, VersionStatus status,
        String approvedBy, LocalDate approvedOn, LocalDate effectiveDate, LocalDate supersededOn, UUID supersededBy,
        String body, String changeSummary) {

    public boolean editable() {
        return status != VersionStatus.SUPERSEDED;
    }
}
