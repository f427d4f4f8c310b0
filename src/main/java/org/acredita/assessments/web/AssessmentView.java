package org.acredita.assessments.web;

import java.util.List;
import java.util.Map;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.Coverage;
import org.acredita.assessments.SnapshotStandard;
import org.acredita.identity.Organisation;

/**
 * One assessment's page: what everyone who may see it reads (kind, status, window, snapshot hash) and, for the
 * programme staff and the team ({@code detail}), the team, the scope, the coverage so far and the frozen standards.
 *
 * @param scope standard number to why it is in scope (planned assessments: the snapshot is not taken yet)
 * @param next the status the caller may move it to, or null
 * @param review whether the caller may open the review screen (verdicts)
 */
public record AssessmentView(Organisation agency, Assessment assessment, boolean detail, Map<String, String> scope,
        Coverage coverage, List<SnapshotStandard> standards, boolean intact, AssessmentStatus next,
        boolean review) {

    public long countOf(String reason) {
        return scope.values().stream().filter(reason::equals).count();
    }
}
