package org.acredita.assessments.comments;

/** How a public comment reached the team: the public page, the public session on site, or the telephone. */
public enum CommentChannel {
    WEB, PUBLIC_SESSION, TELEPHONE
}
