package org.acredita.identity.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import org.acredita.access.RuleViolation;

/**
 * A refused form submission shown next to its field: the message key and its arguments. Serializable
 * because it travels in the session (as a flash attribute) across the redirect after a POST.
 */
public record FormError(String field, String key, String[] arguments) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static FormError of(RuleViolation violation) {
        return new FormError(violation.field(), violation.messageKey(),
                Arrays.stream(violation.arguments()).map(String::valueOf).toArray(String[]::new));
    }

    public boolean on(String name) {
        return name.equals(field);
    }
}
