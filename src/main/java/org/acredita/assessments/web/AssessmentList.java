package org.acredita.assessments.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.assessments.Assessment;
import org.acredita.identity.Organisation;

/**
 * The assessments a caller sees, for one agency ({@code agency} set) or across every agency they reach.
 *
 * @param names agency names by id
 * @param mayPlan whether the caller may plan an assessment for the agency (only with {@code agency})
 */
public record AssessmentList(Organisation agency, List<Assessment> assessments, Map<UUID, String> names,
        boolean mayPlan) {

    public String nameOf(UUID agencyId) {
        return names.getOrDefault(agencyId, "");
    }
}
