package org.acredita.selfassessment;

import java.util.Set;
import java.util.UUID;

/**
 * The standards an agency has, to link the numbers other pages cite: a standard of its accreditation file opens in the
 * file, one of its manual edition that the file does not hold (not applicable to it) opens in the manual, and a number
 * its manual does not have links nowhere ({@link #href} is null), so the page says so instead of pointing at another
 * manual's standard.
 *
 * @param fileId the agency's newest file, or null when it has none
 * @param inFile the numbers of that file's standards
 * @param editionId the edition the agency's work is measured against, or null when there is none
 * @param inEdition the numbers of that edition's standards
 */
public record StandardReferences(UUID fileId, Set<String> inFile, UUID editionId, Set<String> inEdition) {

    public static final StandardReferences NONE = new StandardReferences(null, Set.of(), null, Set.of());

    /** The page of the agency's own standard with this number, or null when its manual has no such standard. */
    public String href(String number) {
        if (fileId != null && inFile.contains(number)) {
            return "/accreditation-files/" + fileId + "/standards/" + number;
        }
        if (editionId != null && inEdition.contains(number)) {
            return "/manuals/" + editionId + "/standards/" + number;
        }
        return null;
    }
}
