package org.acredita.identity.web;

import org.acredita.access.RuleViolation;

/** A refused form submission shown next to its field: the message key and its arguments. */
public record FormError(String field, String key, Object[] arguments) {

    static FormError of(RuleViolation violation) {
        return new FormError(violation.field(), violation.messageKey(), violation.arguments());
    }

    public boolean on(String name) {
        return name.equals(field);
    }
}
