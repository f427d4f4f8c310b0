package org.acredita.assessments.review;

/**
 * A verdict refused because the review is not open for it: before the window starts, or once the assessment has
 * moved past "in progress" (after the report's release everything stays as recorded). Answers 409.
 */
public class ReviewClosed extends RuntimeException {

    private final String messageKey;

    public ReviewClosed(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
