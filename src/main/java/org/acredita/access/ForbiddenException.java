package org.acredita.access;

/** The caller sees the resource but may not do this to it: 403, with a reason when there is one worth telling. */
public class ForbiddenException extends RuntimeException {

    private final String messageKey;

    public ForbiddenException() {
        this(null);
    }

    /** @param messageKey why, in words the caller can act on (e.g. "sign in with your password"); null for none */
    public ForbiddenException(String messageKey) {
        super("forbidden");
        this.messageKey = messageKey;
    }

    /** The reason's message key, or null when the general "not allowed" says it all. */
    public String messageKey() {
        return messageKey;
    }
}
