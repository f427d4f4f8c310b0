package org.acredita.selfassessment;

/**
 * What someone does to a standard of a file. The agency works and submits; advisors and reviewers approve or
 * return; the accreditation body decides not-applicable and waiver requests.
 */
public enum StandardAction {
    START, SUBMIT, APPROVE, RETURN, REQUEST_NOT_APPLICABLE, REQUEST_WAIVER, ACCEPT_REQUEST, REJECT_REQUEST
}
