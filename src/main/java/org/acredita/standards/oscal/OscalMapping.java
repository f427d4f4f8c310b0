package org.acredita.standards.oscal;

import java.util.Map;
import org.acredita.access.LocatedProblem;
import org.acredita.standards.format.ManualDocument;

/**
 * A catalog read as a manual document, with where each part of the document came from, so a problem
 * found later in the document (a duplicate edition, a text too long) points into the file the user sent.
 *
 * @param origins JSON pointers in the document (a standard, a chapter, a field) to pointers in the catalog
 */
public record OscalMapping(ManualDocument document, Map<String, String> origins) {

    public OscalMapping {
        origins = Map.copyOf(origins);
    }

    /** The problem placed at the catalog construct the faulty part of the document was made from. */
    public LocatedProblem relocate(LocatedProblem problem) {
        String location = problem.location();
        while (location.startsWith("/") && location.length() > 1) {
            String origin = origins.get(location);
            if (origin != null) {
                return new LocatedProblem(origin, problem.messageKey(), problem.arguments());
            }
            location = location.substring(0, location.lastIndexOf('/'));
        }
        return new LocatedProblem("/catalog", problem.messageKey(), problem.arguments());
    }
}
