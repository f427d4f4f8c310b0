package org.acredita.assessments.comments;

/**
 * A comment as sent: the text, an optional name and contact, and the honeypot field people never see (a filled
 * one marks a robot, whose comment is accepted silently and discarded).
 */
public record CommentDraft(String body, String name, String contact, String honeypot) {

    public static final int MAX_BODY = 4000;
    public static final int MAX_NAME = 200;

    public boolean fromRobot() {
        return honeypot != null && !honeypot.isEmpty();
    }
}
