package org.acredita.directives.internal;

import org.acredita.access.RuleViolation;

/** Trimming and length checks shared by the directive rules. */
public final class Texts {

    private Texts() {
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String required(String value, int max, String field, String key) {
        String cleaned = clean(value);
        if (cleaned == null || cleaned.length() > max) {
            throw RuleViolation.onField(field, key, max);
        }
        return cleaned;
    }

    static String optional(String value, int max, String field, String key) {
        String cleaned = clean(value);
        if (cleaned != null && cleaned.length() > max) {
            throw RuleViolation.onField(field, key, max);
        }
        return cleaned;
    }
}
