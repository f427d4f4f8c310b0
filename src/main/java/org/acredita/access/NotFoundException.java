package org.acredita.access;

/** The resource does not exist or the caller may not know that it exists: both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found");
    }
}
