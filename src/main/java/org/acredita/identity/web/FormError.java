package org.acredita.identity.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import org.acredita.access.RuleViolation;

/**
 * A refused form submission shown next to its field: the message key and its arguments. Serializable
 * because it travels in the session (as a flash attribute) across the redirect after a POST; arguments
 * may be message keys themselves (e.g. a role's name), resolved in the reader's language.
 */
public record FormError(String field, String key, Serializable[] arguments) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static FormError of(RuleViolation violation) {
        return new FormError(violation.field(), violation.messageKey(), Arrays.stream(violation.arguments())
                .map(argument -> argument instanceof Serializable kept ? kept : String.valueOf(argument))
                .toArray(Serializable[]::new));
    }

    public boolean on(String name) {
        return name.equals(field);
    }

    /** For aria-invalid on the field's input: "true" when this error is about it, else no attribute. */
    public static String invalid(FormError error, String name) {
        return error != null && error.on(name) ? "true" : null;
    }

    /** For aria-describedby on the field's input: the id of the message shown under it. */
    public static String describedBy(FormError error, String name) {
        return error != null && error.on(name) ? name + "-error" : null;
    }
}
