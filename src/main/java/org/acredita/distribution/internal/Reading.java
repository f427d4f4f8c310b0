package org.acredita.distribution.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.directives.VersionText;

/** What a person is asked to read and acknowledge: whose agency, which distribution, for whom, and the texts. */
public record Reading(UUID recipientId, String agencyName, String title, LocalDate dueOn, String personName,
        List<VersionText> texts) {
}
