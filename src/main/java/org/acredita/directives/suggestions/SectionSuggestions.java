package org.acredita.directives.suggestions;

import java.util.List;
import java.util.UUID;

/**
 * The suggestions for one section against the agency's manual (the edition its accreditation file is pinned to),
 * and what was decided before.
 *
 * @param editionId null when the agency has no manual to measure against; then there are no suggestions
 * @param mayDecide whether the caller may accept or reject (the agency's accreditation managers and chief executive,
 *        on a version not superseded)
 */
public record SectionSuggestions(UUID sectionId, String sectionNumber, UUID editionId, String editionCode,
        String editionVersion, List<Suggestion> suggestions, List<Decision> decisions, boolean mayDecide) {
}
