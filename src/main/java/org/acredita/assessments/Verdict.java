package org.acredita.assessments;

/**
 * What a reviewer found for a standard, or for one of its elements, in an assessment's scope. Not in compliance
 * raises a finding; corrected during the assessment keeps the finding's history and closes it.
 */
public enum Verdict {
    IN_COMPLIANCE, NOT_IN_COMPLIANCE, NOT_APPLICABLE, CORRECTED_DURING_ASSESSMENT
}
