package org.acredita.access;

/** The caller sees the resource but may not do this to it: 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException() {
        super("forbidden");
    }
}
