package org.acredita.standards;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One edition of a programme's standards manual.
 *
 * @param standards how many standards the edition holds
 */
public record ManualEdition(UUID id, AccreditationProgramme programme, String code, String version, Text title,
        LocalDate effectiveDate, LocalDate transitionDate, EditionStatus status, String authoritativeLanguage,
        int standards) {
}
