package org.acredita.assessments;

import org.acredita.agencies.Phase;

/** What kind of assessment it is, and the lifecycle phase the agency enters when it starts. */
public enum AssessmentKind {
    /** Run by the agency's advisors before it declares itself ready. */
    MOCK_ASSESSMENT(Phase.MOCK_ASSESSMENT),
    /** A compliance reviewer of the accreditation body reads the file remotely (in continued compliance, yearly). */
    REMOTE_FILE_REVIEW(Phase.REMOTE_FILE_REVIEW),
    /** A team with a team leader, on site. */
    SITE_BASED_ASSESSMENT(Phase.SITE_BASED_ASSESSMENT);

    private final Phase phase;

    AssessmentKind(Phase phase) {
        this.phase = phase;
    }

    public Phase phase() {
        return phase;
    }
}
