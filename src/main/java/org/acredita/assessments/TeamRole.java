package org.acredita.assessments;

/** A person's part in an assessment's team. Advisors form the team of a mock assessment. */
public enum TeamRole {
    TEAM_LEADER, ASSESSOR, ADVISOR
}
