package org.acredita.assessments.comments;

/** Where a public comment stands in the accreditation body's moderation. */
public enum CommentState {
    PENDING, ACCEPTED, REJECTED
}
